import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getPortalSession } from "@/lib/data/portal"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import { portalPath } from "@/lib/util/paths"
import SignInForm from "@/modules/portal/components/sign-in-form"
import PortalPage from "@/modules/portal/templates/portal-page"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ reset?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.signIn }
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale)
  if (await getPortalSession(locale)) {
    redirect(portalPath(locale, "/dashboard"))
  }
  const { reset } = await searchParams
  const m = getPortalMessages(locale)
  return (
    <PortalPage title={m.signIn.title} intro={m.signIn.intro}>
      {reset ? (
        <p className="alert alert--ok" role="status">
          {m.signIn.passwordChanged}
        </p>
      ) : null}
      <SignInForm locale={locale} m={{ signIn: m.signIn, errors: m.errors, common: m.common }} />
      <p className="portal-aside">
        <Link href={portalPath(locale, "/forgot-password")}>{m.signIn.forgot}</Link>
      </p>
      <Link
        href={portalPath(locale, "/sign-in/phone")}
        className="button button--ghost button--wide"
        data-testid="sign-in-by-phone"
      >
        {m.signIn.byPhone}
      </Link>
      <div className="portal-card">
        <p>{m.signIn.noAccount}</p>
        <Link
          href={portalPath(locale, "/apply")}
          className="button button--ghost button--wide"
          data-testid="sign-in-apply"
        >
          {m.signIn.applyLink}
        </Link>
      </div>
    </PortalPage>
  )
}

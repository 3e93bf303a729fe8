import type { Metadata } from "next"
import Link from "next/link"
import { format } from "@/lib/i18n/format"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import { portalPath } from "@/lib/util/paths"
import ResetPasswordForm from "@/modules/portal/components/reset-password-form"
import PortalPage from "@/modules/portal/templates/portal-page"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[]; email?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.resetPassword }
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale)
  const { token, email } = await searchParams
  const m = getPortalMessages(locale)
  const t = m.resetPassword
  if (typeof token !== "string" || typeof email !== "string" || !token || !email) {
    return (
      <PortalPage title={t.title}>
        <p className="alert alert--error" role="alert">
          {t.missingToken}
        </p>
        <Link href={portalPath(locale, "/forgot-password")} className="button button--wide">
          {t.askAgain}
        </Link>
      </PortalPage>
    )
  }
  return (
    <PortalPage title={t.title} intro={format(t.intro, { email })}>
      <ResetPasswordForm
        locale={locale}
        token={token}
        email={email}
        m={{ resetPassword: t, errors: m.errors, common: m.common }}
      />
    </PortalPage>
  )
}

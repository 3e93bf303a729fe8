import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getPortalSession } from "@/lib/data/portal"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import { portalPath } from "@/lib/util/paths"
import PhoneSignInForm from "@/modules/portal/components/phone-sign-in-form"
import PortalPage from "@/modules/portal/templates/portal-page"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.phoneSignIn }
}

export default async function PhoneSignInPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  if (await getPortalSession(locale)) {
    redirect(portalPath(locale, "/dashboard"))
  }
  const m = getPortalMessages(locale)
  return (
    <PortalPage
      title={m.phoneSignIn.title}
      intro={m.phoneSignIn.intro}
      back={{ href: portalPath(locale, "/sign-in"), label: m.phoneSignIn.byEmail }}
    >
      <PhoneSignInForm
        locale={locale}
        m={{ phoneSignIn: m.phoneSignIn, errors: m.errors, common: m.common }}
      />
      <p className="portal-aside">{m.phoneSignIn.staffHelp}</p>
    </PortalPage>
  )
}

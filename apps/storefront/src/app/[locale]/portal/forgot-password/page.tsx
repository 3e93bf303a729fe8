import type { Metadata } from "next"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import { portalPath } from "@/lib/util/paths"
import ForgotPasswordForm from "@/modules/portal/components/forgot-password-form"
import PortalPage from "@/modules/portal/templates/portal-page"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.forgotPassword }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const m = getPortalMessages(locale)
  return (
    <PortalPage
      title={m.forgotPassword.title}
      intro={m.forgotPassword.intro}
      back={{ href: portalPath(locale, "/sign-in"), label: m.forgotPassword.backToSignIn }}
    >
      <ForgotPasswordForm
        locale={locale}
        m={{ forgotPassword: m.forgotPassword, errors: m.errors, common: m.common }}
      />
    </PortalPage>
  )
}

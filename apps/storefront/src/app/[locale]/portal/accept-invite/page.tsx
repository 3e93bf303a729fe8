import type { Metadata } from "next"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import AcceptInviteForm from "@/modules/portal/components/accept-invite-form"
import PortalPage from "@/modules/portal/templates/portal-page"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.acceptInvite }
}

export default async function AcceptInvitePage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale)
  const { token } = await searchParams
  const m = getPortalMessages(locale)
  const t = m.acceptInvite
  if (typeof token !== "string" || !token) {
    return (
      <PortalPage title={t.title}>
        <p className="alert alert--error" role="alert">
          {t.missingToken}
        </p>
      </PortalPage>
    )
  }
  return (
    <PortalPage title={t.title} intro={t.intro}>
      <AcceptInviteForm
        locale={locale}
        token={token}
        m={{ acceptInvite: t, errors: m.errors, common: m.common }}
      />
    </PortalPage>
  )
}

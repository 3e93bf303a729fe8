import type { Metadata } from "next"
import { requirePortalSession } from "@/lib/data/portal"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import ProfileForm from "@/modules/portal/components/profile-form"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.profile }
}

/** The cooperative's public profile, as its members edit it. */
export default async function ProfilePage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const session = await requirePortalSession(locale)
  const m = getPortalMessages(locale)
  return (
    <>
      <h1>{m.profile.title}</h1>
      <p className="portal-intro">{m.profile.intro}</p>
      <ProfileForm
        locale={locale}
        vendor={session.vendor}
        m={{ profile: m.profile, errors: m.errors, common: m.common }}
      />
    </>
  )
}

import type { Metadata } from "next"
import { listVendorActivity, listVendorMembers, requirePortalSession } from "@/lib/data/portal"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import MembersTemplate from "@/modules/portal/templates/members-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.members }
}

export default async function MembersPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const session = await requirePortalSession(locale)
  const [members, activity] = await Promise.all([listVendorMembers(session), listVendorActivity(session)])
  return <MembersTemplate locale={locale} session={session} members={members} activity={activity} />
}

import type { Metadata } from "next"
import { requirePortalSession } from "@/lib/data/portal"
import { listInbox } from "@/lib/data/portal-inbox"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import InboxTemplate from "@/modules/portal/templates/inbox-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.inbox }
}

export default async function InboxPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const session = await requirePortalSession(locale)
  return <InboxTemplate locale={locale} entries={await listInbox(session, locale)} />
}

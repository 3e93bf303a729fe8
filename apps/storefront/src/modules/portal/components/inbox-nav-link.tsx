import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { getPortalSession } from "@/lib/data/portal"
import { countUnread } from "@/lib/data/portal-inbox"
import { format } from "@/lib/i18n/format"
import { unreadBadge } from "@/lib/portal/inbox"
import { getPortalMessages } from "@/lib/portal/messages"
import { portalPath } from "@/lib/util/paths"

/** "Messages" in the portal's menu, with how many arrived since the member last opened them. */
export default async function InboxNavLink({ locale }: { locale: Locale }) {
  const m = getPortalMessages(locale)
  const session = await getPortalSession(locale)
  // the menu shows even when the count cannot be had
  const unread = session ? await countUnread(session).catch(() => 0) : 0
  const badge = unreadBadge(unread)
  return (
    <Link href={portalPath(locale, "/inbox")} className="portal-nav__link" data-testid="portal-nav-inbox">
      {m.header.inbox}
      {badge ? (
        <span className="portal-nav__badge" data-testid="portal-unread">
          <span aria-hidden="true">{badge}</span>
          <span className="visually-hidden">{format(m.header.unread, { count: unread })}</span>
        </span>
      ) : null}
    </Link>
  )
}

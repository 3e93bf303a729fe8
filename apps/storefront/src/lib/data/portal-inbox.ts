import "server-only"
import { cookies } from "next/headers"
import { backendFetch } from "@/lib/backend"
import type { Locale } from "@/lib/constants"
import { INBOX_SEEN_COOKIE, parseSeenAt } from "@/lib/portal/inbox"
import type { InboxEntry } from "@/lib/types/custom-routes"
import type { PortalSession } from "./portal"

/** The signed-in member's latest messages, in the portal's language (the API answers hers only). */
export async function listInbox(session: PortalSession, locale: Locale): Promise<InboxEntry[]> {
  const { notifications } = await backendFetch<{ notifications: InboxEntry[] }>("/vendor/notifications", {
    token: session.token,
    query: { locale, limit: 50 },
  })
  return notifications
}

/** How many messages arrived since she last opened her inbox on this device: one row read, the count kept. */
export async function countUnread(session: PortalSession): Promise<number> {
  const seenAt = parseSeenAt((await cookies()).get(INBOX_SEEN_COOKIE)?.value)
  const { count } = await backendFetch<{ count: number }>("/vendor/notifications", {
    token: session.token,
    query: { limit: 1, created_after: seenAt },
  })
  return count
}

import "server-only"
import { backendFetch } from "@/lib/backend"
import type { Locale } from "@/lib/constants"
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

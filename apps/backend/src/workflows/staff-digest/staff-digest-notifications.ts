import { messageKey } from "../../lib/messages/idempotency"
import { backendLink, digestUnsubscribeToken } from "../../lib/staff-digest/unsubscribe-token"
import type { WaitingWork } from "./steps/collect-waiting-work"

export type StaffUser = { id: string; email: string; metadata: Record<string, unknown> | null }

/** Staff who turned the digest off keep it off (metadata set by the unsubscribe link). */
export const DIGEST_OFF = "staff_digest_off"

/** The day a digest is for (UTC), part of its idempotency key: one digest per user per day. */
export function digestDay(at: string): string {
  return new Date(at).toISOString().slice(0, 10)
}

/**
 * The digest to each staff member who did not turn it off; nothing when nothing waits. The key
 * names the day, so a second run the same day (a retry, or a second worker) sends nothing more.
 */
export function staffDigestNotifications(work: WaitingWork, users: StaffUser[], at: string, secret: string) {
  const waiting =
    work.applications.count + work.products.count + work.unshipped.count + work.certifications.count
  if (waiting === 0) {
    return []
  }
  const day = digestDay(at)
  return users
    .filter((user) => user.email && !user.metadata?.[DIGEST_OFF])
    .map((user) => {
      const query = new URLSearchParams({ user: user.id, token: digestUnsubscribeToken(secret, user.id) })
      return {
        to: user.email,
        channel: "email",
        template: "staff-digest",
        data: {
          locale: user.metadata?.locale ?? "fr",
          url: backendLink("/app"),
          applications: { ...work.applications, url: backendLink("/app/cooperatives") },
          products: { ...work.products, url: backendLink("/app/moderation") },
          unshipped: { ...work.unshipped, url: backendLink("/app/orders") },
          unshipped_days: work.unshipped_days,
          certifications: { ...work.certifications, url: backendLink("/app/cooperatives") },
          unsubscribe_url: backendLink(`/staff-digest/unsubscribe?${query}`),
        },
        trigger_type: "staff-digest",
        resource_id: user.id,
        resource_type: "user",
        idempotency_key: messageKey("staff-digest", day, user.email),
      }
    })
}

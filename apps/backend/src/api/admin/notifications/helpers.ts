import { deliveryFacts } from "../../../lib/messages/delivery-status"

type NotificationRow = {
  status: string
  created_at: Date | string
  data?: Record<string, unknown> | null
}

/**
 * A notification as staff see it: its delivery facts beside it, and the message's data without the
 * secrets some carry (reset, invitation and order links).
 */
export function asAdminNotification<T extends NotificationRow>(row: T, now: Date = new Date()) {
  const { data, ...rest } = row
  const { delivery: _delivery, url: _url, ...shown } = data ?? {}
  return { ...rest, data: shown, ...deliveryFacts(row, now) }
}

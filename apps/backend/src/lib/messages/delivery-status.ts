import { deliveryAttempts, GIVE_UP_AFTER_MS } from "./retry-schedule"

/** What staff read of a message's delivery on the Admin's Notifications page. */
export const DELIVERY_STATUSES = ["sent", "retrying", "failed", "pending"] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

type Row = { status: string; created_at: Date | string; data?: Record<string, unknown> | null }

/**
 * A failed message is `retrying` while the retry job still tries it (its first day), then `failed`:
 * only a person can send it then.
 */
export function deliveryStatus(row: Row, now: Date = new Date()): DeliveryStatus {
  if (row.status === "success") {
    return "sent"
  }
  if (row.status === "failure") {
    return now.getTime() - new Date(row.created_at).getTime() > GIVE_UP_AFTER_MS ? "failed" : "retrying"
  }
  return "pending"
}

/** The filters of Medusa's notification table that select one delivery status. */
export function deliveryStatusFilter(status: DeliveryStatus, now: Date = new Date()) {
  const givenUp = new Date(now.getTime() - GIVE_UP_AFTER_MS).toISOString()
  switch (status) {
    case "sent":
      return { status: "success" }
    case "retrying":
      return { status: "failure", created_at: { $gte: givenUp } }
    case "failed":
      return { status: "failure", created_at: { $lt: givenUp } }
    case "pending":
      return { status: "pending" }
  }
}

/** The delivery facts staff see: attempts after the first, and the last reason it failed. */
export function deliveryFacts(row: Row, now: Date = new Date()) {
  const delivery = (row.data?.delivery ?? {}) as { error?: unknown }
  return {
    delivery_status: deliveryStatus(row, now),
    attempts: 1 + (deliveryAttempts(row)?.attempts ?? 0),
    error: typeof delivery.error === "string" ? delivery.error : null,
  }
}

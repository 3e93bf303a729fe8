/** What the retry job keeps in a notification's data about its attempts after the first. */
export type DeliveryAttempts = { attempts: number; last_attempt_at: string }

/** First retry 30 s after the failure, then each wait twice the last, at most an hour apart. */
export const FIRST_RETRY_MS = 30_000
export const LONGEST_WAIT_MS = 3_600_000
/** After a day a message is stale (a reset link has expired, an order is already prepared): no more tries. */
export const GIVE_UP_AFTER_MS = 24 * 3_600_000

type FailedNotification = { created_at: Date | string; data?: Record<string, unknown> | null }

/** The attempts recorded by earlier retries (none before the first retry). */
export function deliveryAttempts(notification: FailedNotification): DeliveryAttempts | undefined {
  const delivery = notification.data?.delivery as Partial<DeliveryAttempts> | undefined
  return typeof delivery?.attempts === "number" && typeof delivery.last_attempt_at === "string"
    ? { attempts: delivery.attempts, last_attempt_at: delivery.last_attempt_at }
    : undefined
}

/** Whether a failed notification should be tried again at `now` (exponential backoff, then give up). */
export function isDueForRetry(notification: FailedNotification, now: Date): boolean {
  const created = new Date(notification.created_at).getTime()
  if (now.getTime() - created > GIVE_UP_AFTER_MS) {
    return false
  }
  const delivery = deliveryAttempts(notification)
  const last = delivery ? new Date(delivery.last_attempt_at).getTime() : created
  const wait = Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** (delivery?.attempts ?? 0))
  return now.getTime() - last >= wait
}

import type { CreateNotificationDTO, NotificationDTO } from "@medusajs/framework/types"
import { deliveryAttempts } from "./retry-schedule"

/** A stored notification row, with the idempotency key Medusa's NotificationDTO leaves out. */
export type StoredNotification = NotificationDTO & { idempotency_key?: string | null }

/**
 * The same message again, with its own id and idempotency key: Medusa's notification module re-sends
 * a failed row in place and skips one already sent, so it is delivered once. The attempt is counted
 * on the row, so the next wait is known even when this attempt fails too.
 */
export function retryOf(row: StoredNotification, now: Date): CreateNotificationDTO & { id: string } {
  return {
    id: row.id,
    to: row.to,
    channel: row.channel,
    template: row.template,
    trigger_type: row.trigger_type,
    resource_id: row.resource_id,
    resource_type: row.resource_type,
    receiver_id: row.receiver_id,
    idempotency_key: row.idempotency_key,
    data: {
      ...row.data,
      delivery: {
        ...(row.data?.delivery as Record<string, unknown> | undefined),
        attempts: (deliveryAttempts(row)?.attempts ?? 0) + 1,
        last_attempt_at: now.toISOString(),
      },
    },
  } as CreateNotificationDTO & { id: string }
}

import type {
  CreateNotificationDTO,
  FilterableNotificationProps,
  NotificationDTO,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliveryAttempts, GIVE_UP_AFTER_MS, isDueForRetry } from "../../../lib/messages/retry-schedule"
import { sendNotificationsSafely } from "../../../lib/messages/send-notifications-safely"

export const resendFailedNotificationsStepId = "resend-failed-notifications"

export type ResendFailedNotificationsInput = { at?: string }

/**
 * Sends again the failed notifications whose wait is over. Each goes back through Medusa's
 * notification module with its own id and idempotency key: the module re-sends a failed row in place
 * and skips one already sent, so a message is delivered once however often this runs. Notifications
 * without a key (none of ours) are left alone, since the module could not tell them apart.
 */
export const resendFailedNotificationsStep = createStep(
  resendFailedNotificationsStepId,
  async (input: ResendFailedNotificationsInput, { container }) => {
    const now = input.at ? new Date(input.at) : new Date()
    const notifications = container.resolve(Modules.NOTIFICATION)
    // Medusa's NotificationDTO leaves out the idempotency key the rows have
    const failed = (await notifications.listNotifications(
      // `status` is a column the module filters on, though its filter type does not list it
      {
        status: "failure",
        created_at: { $gte: new Date(now.getTime() - GIVE_UP_AFTER_MS).toISOString() },
      } as FilterableNotificationProps,
      { take: 200, order: { created_at: "ASC" } }
    )) as (NotificationDTO & { idempotency_key?: string | null })[]
    const due = failed.filter((row) => row.idempotency_key && isDueForRetry(row, now))
    const retries = due.map((row) => ({
      id: row.id,
      to: row.to,
      channel: row.channel,
      template: row.template,
      trigger_type: row.trigger_type,
      resource_id: row.resource_id,
      resource_type: row.resource_type,
      receiver_id: row.receiver_id,
      idempotency_key: row.idempotency_key,
      // kept on the row, so the next wait is known even when this attempt fails too
      data: {
        ...row.data,
        delivery: {
          attempts: (deliveryAttempts(row)?.attempts ?? 0) + 1,
          last_attempt_at: now.toISOString(),
        },
      },
    })) as (CreateNotificationDTO & { id: string })[]
    // one at a time: one recipient's refusal must not hold back the others' messages
    for (const retry of retries) {
      await sendNotificationsSafely(container, [retry])
    }
    return new StepResponse({ retried: retries.map((retry) => retry.id) })
  }
)

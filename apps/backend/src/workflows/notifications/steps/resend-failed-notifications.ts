import type { FilterableNotificationProps } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resendOnce } from "../../../lib/messages/resend-once"
import type { StoredNotification } from "../../../lib/messages/retry-of"
import { GIVE_UP_AFTER_MS, isDueForRetry } from "../../../lib/messages/retry-schedule"

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
    const failed = (await notifications.listNotifications(
      // `status` is a column the module filters on, though its filter type does not list it
      {
        status: "failure",
        created_at: { $gte: new Date(now.getTime() - GIVE_UP_AFTER_MS).toISOString() },
      } as FilterableNotificationProps,
      { take: 200, order: { created_at: "ASC" } }
    )) as StoredNotification[]
    const due = failed.filter((row) => row.idempotency_key && isDueForRetry(row, now))
    // one at a time: one recipient's refusal must not hold back the others' messages
    const retried: string[] = []
    for (const row of due) {
      if (await resendOnce(container, row.id, now)) {
        retried.push(row.id)
      }
    }
    return new StepResponse({ retried })
  }
)

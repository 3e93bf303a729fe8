import type { FilterableNotificationProps, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { retryOf, type StoredNotification } from "./retry-of"
import { sendNotificationsSafely } from "./send-notifications-safely"

/**
 * Sends a stored message again unless it has been sent meanwhile, under a lock on its id: two staff
 * clicks, or a click and the retry job, arriving together would otherwise both read "failed" and both
 * send (Medusa's notification module checks its idempotency key without a lock). Answers whether it
 * tried to send; the row's status then says whether it went out.
 */
export async function resendOnce(
  container: MedusaContainer,
  id: string,
  now: Date = new Date()
): Promise<boolean> {
  const locking = container.resolve(Modules.LOCKING)
  return await locking.execute(
    `notification-send:${id}`,
    async () => {
      const notifications = container.resolve(Modules.NOTIFICATION)
      const [row] = (await notifications.listNotifications({ id } as FilterableNotificationProps, {
        take: 1,
      })) as StoredNotification[]
      if (!row) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Notification with id ${id} was not found`)
      }
      if (row.status === "success") {
        return false
      }
      if (!row.idempotency_key) {
        // without a key the module would add a second row with the same id instead of re-sending
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Notification ${id} has no idempotency key and cannot be sent again safely`
        )
      }
      await sendNotificationsSafely(container, [retryOf(row, now)])
      return true
    },
    // an SMTP server can take a while to answer or to time out
    { timeout: 60 }
  )
}

import type { CreateNotificationDTO, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Sends notifications without letting a failed send fail what caused it (an order, an invitation, a
 * staff decision): Medusa's notification module records each one, with status `failure` when its
 * provider threw, and the retry-failed-notifications job sends those again later.
 */
export async function sendNotificationsSafely(
  container: MedusaContainer,
  notifications: CreateNotificationDTO[]
): Promise<void> {
  if (!notifications.length) {
    return
  }
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications(notifications)
  } catch (error) {
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(
        `Could not send ${notifications.map((n) => n.template).join(", ")} now; it will be retried: ${(error as Error).message}`
      )
  }
}

import type { CreateNotificationDTO, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { memberFeedCopies } from "./member-feed"

/**
 * Sends notifications without letting a failed send fail what caused it (an order, an invitation, a
 * staff decision): Medusa's notification module records each one, with status `failure` when its
 * provider threw, and the retry-failed-notifications job sends those again later. Emails to members
 * of a cooperative are also recorded in their portal inbox (member-feed.ts), whether or not the email
 * could leave.
 */
export async function sendNotificationsSafely(
  container: MedusaContainer,
  notifications: CreateNotificationDTO[]
): Promise<void> {
  if (!notifications.length) {
    return
  }
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const notificationModule = container.resolve(Modules.NOTIFICATION)
  try {
    await notificationModule.createNotifications(notifications)
  } catch (error) {
    logger.warn(
      `Could not send ${notifications.map((n) => n.template).join(", ")} now; it will be retried: ${(error as Error).message}`
    )
  }
  try {
    const inbox = await memberFeedCopies(container, notifications)
    if (inbox.length) {
      await notificationModule.createNotifications(inbox)
    }
  } catch (error) {
    logger.warn(`Could not record members' inbox messages: ${(error as Error).message}`)
  }
}

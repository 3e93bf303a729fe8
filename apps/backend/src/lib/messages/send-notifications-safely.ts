import type {
  CreateNotificationDTO,
  FilterableNotificationProps,
  Logger,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { memberFeedCopies } from "./member-feed"
import { sendErrorsById } from "./send-errors"

/**
 * Sends notifications without letting a failed send fail what caused it (an order, an invitation, a
 * staff decision): Medusa's notification module records each one, with status `failure` when its
 * provider threw, and the retry-failed-notifications job sends those again later. Emails to members
 * of a cooperative are also recorded in their portal inbox (member-feed.ts), whether or not the email
 * could leave. The reason of a failure is kept in the row's `data.delivery.error`, for staff's
 * Notifications page in the Admin.
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
    const message = (error as Error).message
    logger.warn(
      `Could not send ${notifications.map((n) => n.template).join(", ")} now; it will be retried: ${message}`
    )
    await recordErrors(container, sendErrorsById(message)).catch((recordError: Error) =>
      logger.warn(`Could not record why notifications failed: ${recordError.message}`)
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

async function recordErrors(container: MedusaContainer, errors: Map<string, string>) {
  if (!errors.size) {
    return
  }
  const module = container.resolve(Modules.NOTIFICATION)
  const rows = await module.listNotifications({ id: [...errors.keys()] } as FilterableNotificationProps, {
    select: ["id", "data"],
  })
  const failedAt = new Date().toISOString()
  // the module's service updates through its generated method, which its interface does not declare
  const update = (
    module as unknown as {
      updateNotifications: (data: { id: string; data: Record<string, unknown> }[]) => Promise<unknown>
    }
  ).updateNotifications
  await update.call(
    module,
    rows.map((row) => {
      const delivery = (row.data?.delivery ?? {}) as Record<string, unknown>
      return {
        id: row.id,
        data: { ...row.data, delivery: { ...delivery, error: errors.get(row.id), failed_at: failedAt } },
      }
    })
  )
}

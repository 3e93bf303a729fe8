import type { MedusaContainer } from "@medusajs/framework/types"
import { retryFailedNotificationsWorkflow } from "../workflows/notifications/workflows/retry-failed-notifications"

/** Every minute, sends again the messages whose retry is due (backoff in lib/messages/retry-schedule.ts). */
export default async function retryFailedNotifications(container: MedusaContainer) {
  await retryFailedNotificationsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "retry-failed-notifications",
  schedule: "* * * * *",
}

import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsSafely } from "../../../lib/messages/send-notifications-safely"

export const sendNotificationsSafelyStepId = "send-notifications-safely"

/**
 * Sends the messages an action causes; a failed send is recorded for the retry job and never fails
 * the action. Nothing to undo: a message sent cannot be taken back.
 */
export const sendNotificationsSafelyStep = createStep(
  sendNotificationsSafelyStepId,
  async (notifications: CreateNotificationDTO[], { container }) => {
    await sendNotificationsSafely(container, notifications)
    return new StepResponse(undefined)
  }
)

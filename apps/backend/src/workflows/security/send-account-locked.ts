import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { messageKey } from "../../lib/messages/idempotency"
import { sendNotificationsSafelyStep } from "../common/steps/send-notifications-safely"

export type SendAccountLockedWorkflowInput = { email: string; actor_type: string; minutes: number }

export const sendAccountLockedWorkflowId = "send-account-locked"

/**
 * Tells an account's owner that sign-in was locked after repeated wrong passwords: if it was not them,
 * someone is guessing their password; if it was, they know why they must wait or reset it.
 */
export const sendAccountLockedWorkflow = createWorkflow(
  sendAccountLockedWorkflowId,
  (input: SendAccountLockedWorkflowInput) => {
    const notification = transform({ input }, ({ input }) => [
      {
        to: input.email,
        channel: "email",
        template: "account-locked",
        // the lock knows no language: French, the centre's working language
        data: { actor_type: input.actor_type, minutes: input.minutes, locale: "fr" },
        trigger_type: "auth.account_locked",
        resource_type: input.actor_type,
        idempotency_key: messageKey("account-locked", String(Date.now()), input.email),
      },
    ])
    sendNotificationsSafelyStep(notification)
    return new WorkflowResponse(undefined)
  }
)

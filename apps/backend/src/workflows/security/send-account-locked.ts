import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

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
        data: { actor_type: input.actor_type, minutes: input.minutes },
        trigger_type: "auth.account_locked",
        resource_type: input.actor_type,
      },
    ])
    const sent = sendNotificationsStep(notification)
    return new WorkflowResponse(sent)
  }
)

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { digest, messageKey } from "../../../lib/messages/idempotency"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"

export type SendEmailChangeLinkWorkflowInput = {
  customer_id: string
  to: string
  locale: string
  /** the shop's confirmation page, its token included */
  url: string
  token: string
}

export const sendEmailChangeLinkWorkflowId = "send-email-change-link"

/** Sends the new address the link that proves the shopper reads it; nothing changes until it is opened. */
export const sendEmailChangeLinkWorkflow = createWorkflow(
  sendEmailChangeLinkWorkflowId,
  (input: SendEmailChangeLinkWorkflowInput) => {
    const notifications = transform({ input }, ({ input }) => [
      {
        to: input.to,
        channel: "email",
        template: "email-change-confirm",
        data: { locale: input.locale, url: input.url },
        trigger_type: "customer.email_change_requested",
        resource_type: "customer",
        resource_id: input.customer_id,
        // one message per link; the token itself is never a key
        idempotency_key: messageKey("email-change-confirm", digest(input.token), input.to),
      },
    ])
    sendNotificationsSafelyStep(notifications)
    return new WorkflowResponse(undefined)
  }
)

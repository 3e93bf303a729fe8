import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { messageKey } from "../../../lib/messages/idempotency"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { checkEmailChangeStep } from "../steps/check-email-change"
import { moveLoginEmailStep } from "../steps/move-login-email"

export type ChangeCustomerEmailWorkflowInput = {
  customer_id: string
  from: string
  to: string
  locale: string
}

export const changeCustomerEmailWorkflowId = "change-customer-email"

/**
 * A shopper opened the link sent to her new address (docs/shoppers.md → Changing the email): her
 * login and her account move there together, and her old address is told. Orders keep the address
 * they were placed with.
 */
export const changeCustomerEmailWorkflow = createWorkflow(
  changeCustomerEmailWorkflowId,
  (input: ChangeCustomerEmailWorkflowInput) => {
    checkEmailChangeStep(input)
    moveLoginEmailStep({ from: input.from, to: input.to })
    updateCustomersWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        selector: { id: input.customer_id },
        update: { email: input.to },
      })),
    })
    const notice = transform({ input }, ({ input }) => [
      {
        to: input.from,
        channel: "email",
        template: "email-changed",
        data: { locale: input.locale, to: input.to },
        trigger_type: "customer.email_changed",
        resource_type: "customer",
        resource_id: input.customer_id,
        idempotency_key: messageKey("email-changed", `${input.customer_id}:${input.to}`, input.from),
      },
    ])
    sendNotificationsSafelyStep(notice)
    return new WorkflowResponse({ email: input.to })
  }
)

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import {
  customerPasswordResetNotification,
  type CustomerPasswordResetInput,
} from "../customer-password-reset-notification"

export type SendCustomerPasswordResetWorkflowInput = CustomerPasswordResetInput

export const sendCustomerPasswordResetWorkflowId = "send-customer-password-reset"

/** Sends a shopper the link to choose a new password on the shop. */
export const sendCustomerPasswordResetWorkflow = createWorkflow(
  sendCustomerPasswordResetWorkflowId,
  (input: SendCustomerPasswordResetWorkflowInput) => {
    const notifications = transform({ input }, ({ input }) => [customerPasswordResetNotification(input)])
    sendNotificationsSafelyStep(notifications)
    return new WorkflowResponse(undefined)
  }
)

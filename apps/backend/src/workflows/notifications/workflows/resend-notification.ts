import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resendNotificationStep, type ResendNotificationInput } from "../steps/resend-notification"

export const resendNotificationWorkflowId = "resend-notification"

/** Sends one failed message again now, at staff's request from the Admin's Notifications page. */
export const resendNotificationWorkflow = createWorkflow(
  resendNotificationWorkflowId,
  (input: ResendNotificationInput) => {
    return new WorkflowResponse(resendNotificationStep(input))
  }
)

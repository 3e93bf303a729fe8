import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  resendFailedNotificationsStep,
  type ResendFailedNotificationsInput,
} from "../steps/resend-failed-notifications"

export const retryFailedNotificationsWorkflowId = "retry-failed-notifications"

/** Sends again, with a growing wait, the messages a provider refused or could not be reached for. */
export const retryFailedNotificationsWorkflow = createWorkflow(
  retryFailedNotificationsWorkflowId,
  (input: ResendFailedNotificationsInput) => {
    return new WorkflowResponse(resendFailedNotificationsStep(input))
  }
)

import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { portalUrl } from "../notification-links"

export type SendVendorPasswordResetWorkflowInput = { email: string; token: string }

export const sendVendorPasswordResetWorkflowId = "send-vendor-password-reset"

/** Sends a cooperative member the link to choose a new password in the portal. */
export const sendVendorPasswordResetWorkflow = createWorkflow(
  sendVendorPasswordResetWorkflowId,
  (input: SendVendorPasswordResetWorkflowInput) => {
    const notification = transform({ input }, ({ input }) => [
      {
        to: input.email,
        channel: "email",
        template: "vendor-password-reset",
        data: { url: portalUrl("reset-password", { token: input.token, email: input.email }) },
        trigger_type: "auth.password_reset",
        resource_type: "vendor_member",
      },
    ])
    const sent = sendNotificationsStep(notification)
    return new WorkflowResponse(sent)
  }
)

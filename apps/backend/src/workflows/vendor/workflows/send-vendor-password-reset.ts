import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { digest, messageKey } from "../../../lib/messages/idempotency"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { memberLocale, portalUrl } from "../notification-links"

export type SendVendorPasswordResetWorkflowInput = { email: string; token: string }

export const sendVendorPasswordResetWorkflowId = "send-vendor-password-reset"

/** Sends a cooperative member the link to choose a new password in the portal. */
export const sendVendorPasswordResetWorkflow = createWorkflow(
  sendVendorPasswordResetWorkflowId,
  (input: SendVendorPasswordResetWorkflowInput) => {
    // in the language she last used the portal in
    const { data: members } = useQueryGraphStep({
      entity: "vendor_member",
      fields: ["locale"],
      filters: { email: input.email },
    }).config({ name: "get-member-locale" })
    const notification = transform({ input, members }, ({ input, members }) => [
      {
        to: input.email,
        channel: "email",
        template: "vendor-password-reset",
        data: {
          locale: memberLocale(members[0]),
          url: portalUrl(
            "reset-password",
            { token: input.token, email: input.email },
            memberLocale(members[0])
          ),
        },
        trigger_type: "auth.password_reset",
        resource_type: "vendor_member",
        // one message per reset request, even if the event is delivered twice
        idempotency_key: messageKey("vendor-password-reset", digest(input.token), input.email),
      },
    ])
    sendNotificationsSafelyStep(notification)
    return new WorkflowResponse(undefined)
  }
)

import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { messageKey } from "../../../lib/messages/idempotency"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { memberLocale, portalUrl } from "../notification-links"
import { createVendorInviteStep } from "../steps/create-vendor-invite"

export type InviteVendorMemberWorkflowInput = { vendor_id: string; email: string; invited_by: string }

export const inviteVendorMemberWorkflowId = "invite-vendor-member"

/** A member invites someone to the same cooperative; the invitation link goes out by notification. */
export const inviteVendorMemberWorkflow = createWorkflow(
  inviteVendorMemberWorkflowId,
  (input: InviteVendorMemberWorkflowInput) => {
    const { data: vendors } = useQueryGraphStep({
      entity: "vendor",
      fields: ["id", "name"],
      filters: { id: input.vendor_id },
      options: { throwIfKeyNotFound: true },
    })
    // the invited person has no language of her own yet: the inviter's is the best guess
    const { data: inviters } = useQueryGraphStep({
      entity: "vendor_member",
      fields: ["locale"],
      filters: { id: input.invited_by },
    }).config({ name: "get-inviter-locale" })
    const invite = createVendorInviteStep(input)

    const notification = transform({ invite, vendors, inviters }, ({ invite, vendors, inviters }) => [
      {
        to: invite.email,
        channel: "email",
        template: "vendor-member-invite",
        data: {
          vendor_name: vendors[0].name,
          url: portalUrl("accept-invite", { token: invite.token }, memberLocale(inviters[0])),
          expires_at: invite.expires_at,
          locale: memberLocale(inviters[0]),
        },
        trigger_type: "vendor-invite",
        resource_id: invite.id,
        resource_type: "vendor_invite",
        idempotency_key: messageKey("vendor-member-invite", invite.id, invite.email),
      },
    ])
    sendNotificationsSafelyStep(notification)

    const result = transform({ invite }, ({ invite }) => ({
      id: invite.id,
      email: invite.email,
      expires_at: invite.expires_at,
    }))
    return new WorkflowResponse(result)
  }
)

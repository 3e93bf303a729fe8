import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acceptVendorInviteStep } from "../steps/accept-vendor-invite"
import { createVendorMemberStep } from "../steps/create-vendor-member"
import { linkMemberLoginStep } from "../steps/link-member-login"
import { validateNewMemberStep } from "../steps/validate-new-member"

export type AcceptVendorInviteWorkflowInput = {
  auth_identity_id: string
  token: string
  first_name: string
  last_name: string
}

export const acceptVendorInviteWorkflowId = "accept-vendor-invite"

/** A newly registered login accepts an invitation and becomes a member of the inviting cooperative. */
export const acceptVendorInviteWorkflow = createWorkflow(
  acceptVendorInviteWorkflowId,
  (input: AcceptVendorInviteWorkflowInput) => {
    const { email } = validateNewMemberStep({ auth_identity_id: input.auth_identity_id })
    const invite = acceptVendorInviteStep({ token: input.token, email })

    const memberData = transform({ input, invite, email }, ({ input, invite, email }) => ({
      vendor_id: invite.vendor_id,
      email,
      first_name: input.first_name,
      last_name: input.last_name,
      role: "member" as const,
    }))
    const member = createVendorMemberStep(memberData)
    linkMemberLoginStep({ auth_identity_id: input.auth_identity_id, member_id: member.id })
    return new WorkflowResponse(member)
  }
)

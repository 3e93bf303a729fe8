import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteVendorMemberWorkflow } from "../../../workflows/vendor/workflows/invite-vendor-member"
import { VendorCreateInviteType } from "../validators"
import { requireVendorMember } from "../vendor-context"

/** A member invites someone to its own cooperative (never another: the vendor comes from the login). */
export async function POST(req: AuthenticatedMedusaRequest<VendorCreateInviteType>, res: MedusaResponse) {
  const { member, vendor } = await requireVendorMember(req)
  const { result: invite } = await inviteVendorMemberWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, email: req.validatedBody.email, invited_by: member.id },
  })
  res.status(201).json({ invite })
}

import { MedusaResponse } from "@medusajs/framework/http"
import { inviteVendorMemberWorkflow } from "../../../workflows/vendor/workflows/invite-vendor-member"
import type { VendorRequest } from "../vendor-request"
import { answerAlreadyMember } from "./answer-already-member"
import { VendorCreateInviteType } from "./validators"

/** A member invites someone to its own cooperative (never another: the vendor comes from the login). */
export async function POST(req: VendorRequest<VendorCreateInviteType>, res: MedusaResponse) {
  const { member, vendor } = req.vendor_context
  // the same answer whether or not the address is already a member somewhere
  const unsent = await answerAlreadyMember(req.scope, vendor.id, req.validatedBody.email)
  if (unsent) {
    res.status(201).json({ invite: unsent })
    return
  }
  const { result: invite } = await inviteVendorMemberWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, email: req.validatedBody.email, invited_by: member.id },
  })
  res.status(201).json({ invite })
}

import { MedusaResponse } from "@medusajs/framework/http"
import { removeVendorMemberWorkflow } from "../../../../workflows/vendor/workflows/remove-vendor-member"
import type { VendorRequest } from "../../vendor-request"

/** The owner removes a member of its cooperative; another cooperative's member id is a 404. */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  const { member, vendor } = req.vendor_context
  await removeVendorMemberWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, member_id: req.params.id, removed_by: member.id },
  })
  res.json({ id: req.params.id, object: "vendor_member", deleted: true })
}

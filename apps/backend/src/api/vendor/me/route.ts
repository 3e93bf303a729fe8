import { MedusaResponse } from "@medusajs/framework/http"
import { updateVendorMemberProfileWorkflow } from "../../../workflows/vendor/workflows/update-vendor-member-profile"
import type { VendorRequest } from "../vendor-request"
import { retrievePortalVendor } from "./helpers"
import type { VendorUpdateMemberType } from "./member-validators"
import { retrievePortalMember } from "./member"

/** The signed-in member and its cooperative, status included ("under review", "suspended"…). */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { member, vendor } = req.vendor_context
  res.json({ member, vendor: await retrievePortalVendor(req.scope, vendor.id) })
}

/** The member edits her own profile: name, phone, SMS consent, language. Only ever her own row. */
export async function POST(req: VendorRequest<VendorUpdateMemberType>, res: MedusaResponse) {
  const { member } = req.vendor_context
  await updateVendorMemberProfileWorkflow(req.scope).run({ input: { id: member.id, ...req.validatedBody } })
  res.json({ member: await retrievePortalMember(req.scope, member.id) })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateVendorProfileWorkflow } from "../../../../workflows/vendor/workflows/update-vendor-profile"
import { VendorUpdateProfileType } from "../../validators"
import { requireVendorMember, retrievePortalVendor } from "../../vendor-context"

/** A member edits its cooperative's profile; status, commission, handle and RIB are refused by the validator. */
export async function POST(req: AuthenticatedMedusaRequest<VendorUpdateProfileType>, res: MedusaResponse) {
  const { vendor } = await requireVendorMember(req)
  await updateVendorProfileWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, profile: req.validatedBody },
  })
  res.json({ vendor: await retrievePortalVendor(req, vendor.id) })
}

import { MedusaResponse } from "@medusajs/framework/http"
import { updateVendorProfileWorkflow } from "../../../../workflows/vendor/workflows/update-vendor-profile"
import type { VendorRequest } from "../../vendor-request"
import { retrievePortalVendor } from "../helpers"
import { VendorUpdateProfileType } from "../validators"

/** A member edits its cooperative's profile; status, commission, handle and RIB are refused by the validator. */
export async function POST(req: VendorRequest<VendorUpdateProfileType>, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  await updateVendorProfileWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, profile: req.validatedBody },
  })
  res.json({ vendor: await retrievePortalVendor(req.scope, vendor.id) })
}

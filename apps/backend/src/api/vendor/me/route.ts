import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireVendorMember, retrievePortalVendor } from "../vendor-context"

/** The signed-in member and its cooperative, status included ("under review", "suspended"…). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { member, vendor } = await requireVendorMember(req)
  res.json({ member, vendor: await retrievePortalVendor(req, vendor.id) })
}

import { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../vendor-request"
import { retrievePortalVendor } from "./helpers"

/** The signed-in member and its cooperative, status included ("under review", "suspended"…). */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { member, vendor } = req.vendor_context
  res.json({ member, vendor: await retrievePortalVendor(req.scope, vendor.id) })
}

import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveOwnVendorOrder } from "../helpers"
import type { VendorRequest } from "../../vendor-request"

/** One of the caller's cooperative's orders, with where to deliver it. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  res.json({ order: await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id) })
}

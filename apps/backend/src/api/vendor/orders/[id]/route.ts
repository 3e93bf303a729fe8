import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireVendorMember } from "../../vendor-context"
import { retrieveOwnVendorOrder } from "../vendor-orders"

/** One of the caller's cooperative's orders, with where to deliver it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { vendor } = await requireVendorMember(req)
  res.json({ order: await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id) })
}

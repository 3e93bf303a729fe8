import { MedusaResponse } from "@medusajs/framework/http"
import { deliverVendorOrderWorkflow } from "../../../../../workflows/ledger/workflows/deliver-vendor-order"
import { refuseStandPickup, retrieveOwnVendorOrder } from "../../helpers"
import type { VendorRequest } from "../../../vendor-request"

/** The parcel reached the shopper; for cash on delivery, the cash is collected and captured. */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  const { vendor, member } = req.vendor_context
  refuseStandPickup(await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id))
  await deliverVendorOrderWorkflow(req.scope).run({ input: { id: req.params.id, captured_by: member.id } })
  res.json({ order: await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id) })
}

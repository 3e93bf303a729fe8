import { MedusaResponse } from "@medusajs/framework/http"
import { shipVendorOrderWorkflow } from "../../../../../workflows/ledger/workflows/ship-vendor-order"
import { VendorShipOrderType } from "../../validators"
import { refuseStandPickup, retrieveOwnVendorOrder } from "../../helpers"
import type { VendorRequest } from "../../../vendor-request"

/** The cooperative handed its parcel to a carrier. */
export async function POST(req: VendorRequest<VendorShipOrderType>, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  refuseStandPickup(await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id))
  await shipVendorOrderWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ order: await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id) })
}

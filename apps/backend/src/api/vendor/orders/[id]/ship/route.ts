import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipVendorOrderWorkflow } from "../../../../../workflows/ledger/workflows/ship-vendor-order"
import { requireVendorMember } from "../../../vendor-context"
import { VendorShipOrderType } from "../../validators"
import { retrieveOwnVendorOrder } from "../../vendor-orders"

/** The cooperative handed its parcel to a carrier. */
export async function POST(req: AuthenticatedMedusaRequest<VendorShipOrderType>, res: MedusaResponse) {
  const { vendor } = await requireVendorMember(req)
  await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id)
  await shipVendorOrderWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ order: await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id) })
}

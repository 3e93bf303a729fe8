import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliverVendorOrderWorkflow } from "../../../../../workflows/ledger/workflows/deliver-vendor-order"
import { requireVendorMember } from "../../../vendor-context"
import { retrieveOwnVendorOrder } from "../../vendor-orders"

/** The parcel reached the shopper; for cash on delivery, the cash is collected and captured. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { vendor, member } = await requireVendorMember(req)
  await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id)
  await deliverVendorOrderWorkflow(req.scope).run({ input: { id: req.params.id, captured_by: member.id } })
  res.json({ order: await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id) })
}

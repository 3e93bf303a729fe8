import { MedusaResponse } from "@medusajs/framework/http"
import { refuseVendorOrderWorkflow } from "../../../../../workflows/ledger/workflows/refuse-vendor-order"
import { VendorRefuseOrderType } from "../../validators"
import { retrieveOwnVendorOrder } from "../../helpers"
import type { VendorRequest } from "../../../vendor-request"

/** The shopper refused the parcel at the door, or it came back to the cooperative. */
export async function POST(req: VendorRequest<VendorRefuseOrderType>, res: MedusaResponse) {
  const { vendor, member } = req.vendor_context
  await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id)
  await refuseVendorOrderWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason ?? null, closed_by: member.id },
  })
  res.json({ order: await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id) })
}

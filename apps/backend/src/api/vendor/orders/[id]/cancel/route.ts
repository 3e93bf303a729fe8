import { MedusaResponse } from "@medusajs/framework/http"
import { cancelVendorOrderWorkflow } from "../../../../../workflows/ledger/workflows/cancel-vendor-order"
import { VendorCancelOrderType } from "../../validators"
import { retrieveOwnVendorOrder } from "../../helpers"
import type { VendorRequest } from "../../../vendor-request"

/** The cooperative cannot fulfil its part (before shipping): it cancels that part only. */
export async function POST(req: VendorRequest<VendorCancelOrderType>, res: MedusaResponse) {
  const { vendor, member } = req.vendor_context
  await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id)
  await cancelVendorOrderWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, closed_by: member.id },
  })
  res.json({ order: await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id) })
}

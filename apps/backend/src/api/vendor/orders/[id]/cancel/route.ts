import { MedusaResponse } from "@medusajs/framework/http"
import { cancelVendorOrderWorkflow } from "../../../../../workflows/ledger/workflows/cancel-vendor-order"
import { invalidField } from "../../../../errors/invalid-field"
import { VendorCancelOrderType } from "../../validators"
import { retrieveOwnVendorOrder } from "../../helpers"
import type { VendorRequest } from "../../../vendor-request"

/** The cooperative cannot fulfil its part (before shipping): it cancels that part only. */
export async function POST(req: VendorRequest<VendorCancelOrderType>, res: MedusaResponse) {
  const { vendor, member } = req.vendor_context
  await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id)
  const { reason } = req.validatedBody
  if (!reason) {
    throw invalidField("reason", "Give the reason the shopper will read (3 to 300 characters)")
  }
  await cancelVendorOrderWorkflow(req.scope).run({
    input: { id: req.params.id, reason, closed_by: member.id },
  })
  res.json({ order: await retrieveOwnVendorOrder(req.scope, vendor.id, req.params.id) })
}

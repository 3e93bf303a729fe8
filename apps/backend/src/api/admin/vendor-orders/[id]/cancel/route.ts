import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelVendorOrderWorkflow } from "../../../../../workflows/ledger/workflows/cancel-vendor-order"
import { retrieveAdminVendorOrder } from "../../retrieve-admin-vendor-order"
import { AdminCancelVendorOrderType } from "../../validators"

/** Staff cancel one cooperative's part before it ships, on the cooperative's behalf. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCancelVendorOrderType>, res: MedusaResponse) {
  await retrieveAdminVendorOrder(req.scope, req.params.id)
  await cancelVendorOrderWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, closed_by: req.auth_context.actor_id },
  })
  res.json({ vendor_order: await retrieveAdminVendorOrder(req.scope, req.params.id) })
}

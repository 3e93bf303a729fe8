import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refuseVendorOrderWorkflow } from "../../../../../workflows/ledger/workflows/refuse-vendor-order"
import { retrieveAdminVendorOrder } from "../../retrieve-admin-vendor-order"
import { AdminRefuseVendorOrderType } from "../../validators"

/** Staff record a parcel refused at the door or returned to sender (e.g. from a courier's report). */
export async function POST(req: AuthenticatedMedusaRequest<AdminRefuseVendorOrderType>, res: MedusaResponse) {
  await retrieveAdminVendorOrder(req.scope, req.params.id)
  await refuseVendorOrderWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      reason: req.validatedBody.reason ?? null,
      closed_by: req.auth_context.actor_id,
    },
  })
  res.json({ vendor_order: await retrieveAdminVendorOrder(req.scope, req.params.id) })
}

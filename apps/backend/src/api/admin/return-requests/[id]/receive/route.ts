import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveReturnRequestWorkflow } from "../../../../../workflows/returns/workflows/receive-return-request"
import { retrieveReturnRequest } from "../../../../utils/return-requests"

const STAFF_FIELDS = ["vendor_id", "customer_id", "decided_by"]

/** Staff record that the returned items arrived (at the centre or the cooperative). */
export async function POST(req: AuthenticatedMedusaRequest<unknown>, res: MedusaResponse) {
  await retrieveReturnRequest(req.scope, req.params.id, {})
  await receiveReturnRequestWorkflow(req.scope).run({
    input: { id: req.params.id, received_by: req.auth_context.actor_id },
  })
  res.json({ return_request: await retrieveReturnRequest(req.scope, req.params.id, {}, STAFF_FIELDS) })
}

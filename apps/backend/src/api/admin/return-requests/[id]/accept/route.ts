import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideReturnRequestWorkflow } from "../../../../../workflows/returns/workflows/decide-return-request"
import { retrieveReturnRequest } from "../../../../utils/return-requests"

const STAFF_FIELDS = ["vendor_id", "customer_id", "decided_by"]

/** Staff accept a return, settling a dispute or answering for the cooperative. */
export async function POST(req: AuthenticatedMedusaRequest<unknown>, res: MedusaResponse) {
  await retrieveReturnRequest(req.scope, req.params.id, {})
  await decideReturnRequestWorkflow(req.scope).run({
    input: { id: req.params.id, decision: "accept", decided_by: req.auth_context.actor_id, as: "staff" },
  })
  res.json({ return_request: await retrieveReturnRequest(req.scope, req.params.id, {}, STAFF_FIELDS) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideReturnRequestWorkflow } from "../../../../../workflows/returns/workflows/decide-return-request"
import { retrieveReturnRequest, type RefuseReturnRequestType } from "../../../../utils/return-requests"

const STAFF_FIELDS = ["vendor_id", "customer_id", "decided_by"]

/** Staff refuse a return, settling a dispute for good, with the reason the shopper reads. */
export async function POST(req: AuthenticatedMedusaRequest<RefuseReturnRequestType>, res: MedusaResponse) {
  await retrieveReturnRequest(req.scope, req.params.id, {})
  await decideReturnRequestWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      decision: "refuse",
      reason: req.validatedBody.reason,
      decided_by: req.auth_context.actor_id,
      as: "staff",
    },
  })
  res.json({ return_request: await retrieveReturnRequest(req.scope, req.params.id, {}, STAFF_FIELDS) })
}

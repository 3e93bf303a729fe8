import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { disputeReturnRequestWorkflow } from "../../../../../workflows/returns/workflows/dispute-return-request"
import { type DisputeReturnRequestType, retrieveReturnRequest } from "../../../../utils/return-requests"

/** The shopper disagrees with the cooperative's refusal of her return: the centre settles it. */
export async function POST(req: AuthenticatedMedusaRequest<DisputeReturnRequestType>, res: MedusaResponse) {
  const scope = { customer_id: req.auth_context.actor_id }
  await retrieveReturnRequest(req.scope, req.params.id, scope)
  await disputeReturnRequestWorkflow(req.scope).run({
    input: { id: req.params.id, note: req.validatedBody.note },
  })
  res.json({ return_request: await retrieveReturnRequest(req.scope, req.params.id, scope) })
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { decideReturnRequestWorkflow } from "../../../../../workflows/returns/workflows/decide-return-request"
import { retrieveReturnRequest, type RefuseReturnRequestType } from "../../../../utils/return-requests"
import type { VendorRequest } from "../../../vendor-request"

/** The cooperative refuses the return, with the reason the shopper reads (she may ask the centre to settle it). */
export async function POST(req: VendorRequest<RefuseReturnRequestType>, res: MedusaResponse) {
  const { vendor, member } = req.vendor_context
  const scope = { vendor_id: vendor.id }
  await retrieveReturnRequest(req.scope, req.params.id, scope)
  await decideReturnRequestWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      decision: "refuse",
      reason: req.validatedBody.reason,
      decided_by: member.id,
      as: "cooperative",
    },
  })
  res.json({ return_request: await retrieveReturnRequest(req.scope, req.params.id, scope) })
}

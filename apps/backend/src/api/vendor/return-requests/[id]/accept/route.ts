import type { MedusaResponse } from "@medusajs/framework/http"
import { decideReturnRequestWorkflow } from "../../../../../workflows/returns/workflows/decide-return-request"
import { retrieveReturnRequest } from "../../../../utils/return-requests"
import type { VendorRequest } from "../../../vendor-request"

/** The cooperative accepts the return: the shopper sends the items back to it. */
export async function POST(req: VendorRequest<unknown>, res: MedusaResponse) {
  const { vendor, member } = req.vendor_context
  const scope = { vendor_id: vendor.id }
  await retrieveReturnRequest(req.scope, req.params.id, scope)
  await decideReturnRequestWorkflow(req.scope).run({
    input: { id: req.params.id, decision: "accept", decided_by: member.id, as: "cooperative" },
  })
  res.json({ return_request: await retrieveReturnRequest(req.scope, req.params.id, scope) })
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { receiveReturnRequestWorkflow } from "../../../../../workflows/returns/workflows/receive-return-request"
import { retrieveReturnRequest } from "../../../../utils/return-requests"
import type { VendorRequest } from "../../../vendor-request"

/** The returned items reached the cooperative: stock back, the shopper refunded for exactly them. */
export async function POST(req: VendorRequest<unknown>, res: MedusaResponse) {
  const { vendor, member } = req.vendor_context
  const scope = { vendor_id: vendor.id }
  await retrieveReturnRequest(req.scope, req.params.id, scope)
  await receiveReturnRequestWorkflow(req.scope).run({ input: { id: req.params.id, received_by: member.id } })
  res.json({ return_request: await retrieveReturnRequest(req.scope, req.params.id, scope) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createReturnRequestWorkflow } from "../../../workflows/returns/workflows/create-return-request"
import {
  type CreateReturnRequestType,
  type ListReturnRequestsParamsType,
  listReturnRequests,
  retrieveReturnRequest,
} from "../../utils/return-requests"

/** The signed-in shopper's return requests (of one order with `order_id`). */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ListReturnRequestsParamsType>,
  res: MedusaResponse
) {
  const params = req.validatedQuery as ListReturnRequestsParamsType
  res.json(await listReturnRequests(req.scope, { customer_id: req.auth_context.actor_id }, params))
}

/** The signed-in shopper asks to send back items of one of her delivered parcels. */
export async function POST(req: AuthenticatedMedusaRequest<CreateReturnRequestType>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { result } = await createReturnRequestWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: customerId },
  })
  res.status(201).json({
    return_request: await retrieveReturnRequest(req.scope, result.id, { customer_id: customerId }),
  })
}

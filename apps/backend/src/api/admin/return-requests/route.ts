import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type ListReturnRequestsParamsType, listReturnRequests } from "../../utils/return-requests"

/** Staff: every return request (`status=disputed` for those waiting on the centre), with its cooperative. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ListReturnRequestsParamsType>,
  res: MedusaResponse
) {
  const params = req.validatedQuery as ListReturnRequestsParamsType
  res.json(await listReturnRequests(req.scope, {}, params, ["vendor_id", "customer_id", "decided_by"]))
}

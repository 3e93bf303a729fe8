import type { MedusaResponse } from "@medusajs/framework/http"
import { type ListReturnRequestsParamsType, listReturnRequests } from "../../utils/return-requests"
import type { VendorRequest } from "../vendor-request"

/** Return requests on this cooperative's parcels, newest first. */
export async function GET(req: VendorRequest<unknown, ListReturnRequestsParamsType>, res: MedusaResponse) {
  const params = req.validatedQuery as ListReturnRequestsParamsType
  res.json(await listReturnRequests(req.scope, { vendor_id: req.vendor_context.vendor.id }, params))
}

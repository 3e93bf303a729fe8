import { MedusaResponse } from "@medusajs/framework/http"
import { listVendorActivity } from "./list-activity"
import type { VendorRequest } from "../vendor-request"

/** The cooperative's history: each change, newest first, and who made it (a member or the centre). */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  res.json(await listVendorActivity(req.scope, req.vendor_context.vendor.id, req.validatedQuery as never))
}

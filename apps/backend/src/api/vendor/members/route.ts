import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../vendor-request"
import { vendorMemberFields } from "./query-config"

/** The members of the caller's cooperative. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = await query.graph({
    entity: "vendor_member",
    fields: vendorMemberFields,
    filters: { vendor_id: req.vendor_context.vendor.id },
    pagination: { order: { created_at: "ASC" } },
  })
  res.json({ members })
}

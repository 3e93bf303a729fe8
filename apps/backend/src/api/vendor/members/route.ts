import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requireVendorMember, vendorMemberFields } from "../vendor-context"

/** The members of the caller's cooperative. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { vendor } = await requireVendorMember(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = await query.graph({
    entity: "vendor_member",
    fields: vendorMemberFields,
    filters: { vendor_id: vendor.id } as never,
    pagination: { order: { created_at: "ASC" } },
  })
  res.json({ members })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminVendorListFields } from "./query-config"
import { AdminGetVendorsParamsType } from "./validators"

/** Vendors for staff, any status, newest applications first; `q` searches name, region and city. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetVendorsParamsType>,
  res: MedusaResponse
) {
  const { status, q, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vendors, metadata } = await query.graph({
    entity: "vendor",
    fields: adminVendorListFields,
    filters: { ...(status ? { status } : {}), ...(q ? { q } : {}) },
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  res.json({ vendors, count: metadata?.count ?? vendors.length, limit, offset })
}

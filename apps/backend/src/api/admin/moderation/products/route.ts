import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shapeVendorProducts, vendorProductFields } from "../../../utils/vendor-products"
import { AdminGetModerationProductsParamsType } from "../../vendors/validators"

/** Products waiting for review (status proposed), oldest first, with their cooperative and a full preview. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetModerationProductsParamsType>,
  res: MedusaResponse
) {
  const { limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: [...vendorProductFields, "vendor.id", "vendor.name", "vendor.handle", "vendor.status"],
    filters: { status: "proposed" },
    pagination: { take: limit, skip: offset, order: { updated_at: "ASC" } },
  })
  res.json({
    products: await shapeVendorProducts(req.scope, data),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}

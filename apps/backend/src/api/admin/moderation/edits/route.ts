import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../../modules/vendor"
import type VendorModuleService from "../../../../modules/vendor/service"
import { shapeVendorProducts, vendorProductFields } from "../../../utils/vendor-products"
import { AdminGetModerationProductsParamsType } from "../../vendors/validators"

/**
 * Edits of published products waiting for staff, oldest first: each with the changes the member
 * wrote and the product as it is on sale now, so staff see the difference.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetModerationProductsParamsType>,
  res: MedusaResponse
) {
  const { limit, offset } = req.validatedQuery
  const vendors = req.scope.resolve<VendorModuleService>(VENDOR_MODULE)
  const [edits, count] = await vendors.listAndCountProductEdits(
    { status: "pending" },
    { order: { created_at: "ASC" }, take: limit, skip: offset }
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = edits.length
    ? await query.graph({
        entity: "product",
        fields: [...vendorProductFields, "vendor.id", "vendor.name", "vendor.handle"],
        filters: { id: edits.map((edit) => edit.product_id) },
      })
    : { data: [] }
  const products = new Map(
    (await shapeVendorProducts(req.scope, data)).map((product) => [product.id, product])
  )
  res.json({
    edits: edits.map((edit) => ({
      id: edit.id,
      status: edit.status,
      changes: edit.changes,
      submitted_by: edit.submitted_by,
      created_at: edit.created_at,
      product: products.get(edit.product_id) ?? null,
    })),
    count,
    limit,
    offset,
  })
}

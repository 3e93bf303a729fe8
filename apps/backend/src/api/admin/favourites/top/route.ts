import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FAVOURITE_MODULE } from "../../../../modules/favourite"
import type FavouriteModuleService from "../../../../modules/favourite/service"
import type { AdminGetTopFavouritesType } from "../middlewares"

/** The products shoppers keep most in their favourites, for the staff dashboard's figures. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetTopFavouritesType>,
  res: MedusaResponse
) {
  const service: FavouriteModuleService = req.scope.resolve(FAVOURITE_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const counts = await service.listTopProducts(req.validatedQuery.limit as number)
  const { data: products } = counts.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "handle", "title", "thumbnail", "status", "vendor.id", "vendor.name"],
        filters: { id: counts.map((row) => row.product_id) },
      })
    : { data: [] }
  const byId = new Map(products.map((product) => [product.id, product]))
  res.json({
    products: counts.map((row) => ({
      product_id: row.product_id,
      favourites: row.count,
      product: byId.get(row.product_id) ?? null,
    })),
  })
}

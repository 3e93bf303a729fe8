import type { AuthenticatedMedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { applyTranslations, ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { FAVOURITE_MODULE } from "../../../../../modules/favourite"
import type FavouriteModuleService from "../../../../../modules/favourite/service"
import { addFavouritesWorkflow } from "../../../../../workflows/favourites/workflows/add-favourites"
import { visibleFavourites } from "./favourite-view"
import type { StoreAddFavouritesType } from "./validators"

type FavouritesRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> &
  Pick<MedusaStoreRequest, "publishable_key_context">

/** The signed-in shopper's favourites, with what a product card shows, in the request's language. */
async function listFavourites<Body>(req: FavouritesRequest<Body>) {
  const service: FavouriteModuleService = req.scope.resolve(FAVOURITE_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const favourites = await service.listFavourites(
    { customer_id: req.auth_context.actor_id },
    { select: ["product_id", "created_at"], take: null }
  )
  if (!favourites.length) {
    return []
  }
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "thumbnail",
      "status",
      "sales_channels.id",
      "vendor.id",
      "vendor.handle",
      "vendor.name",
    ],
    filters: { id: favourites.map((favourite) => favourite.product_id) },
  })
  await applyTranslations({ localeCode: req.locale, objects: products, container: req.scope })
  return visibleFavourites(
    favourites,
    products as never,
    req.publishable_key_context.sales_channel_ids,
    ProductStatus.PUBLISHED
  )
}

export async function GET(req: FavouritesRequest, res: MedusaResponse) {
  const favourites = await listFavourites(req)
  res.json({ favourites, count: favourites.length })
}

/** Adds products (a heart pressed, or a guest's list at sign-in); asking again changes nothing. */
export async function POST(req: FavouritesRequest<StoreAddFavouritesType>, res: MedusaResponse) {
  await addFavouritesWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_ids: req.validatedBody.product_ids },
  })
  const favourites = await listFavourites(req)
  res.json({ favourites, count: favourites.length })
}

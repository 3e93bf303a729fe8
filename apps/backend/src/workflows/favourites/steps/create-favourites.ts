import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAVOURITE_MODULE } from "../../../modules/favourite"
import type FavouriteModuleService from "../../../modules/favourite/service"
import { MAX_FAVOURITES } from "../max-favourites"

export const createFavouritesStepId = "create-favourites"

export type CreateFavouritesInput = { customer_id: string; product_ids: string[] }

/**
 * Adds the products a shopper does not keep yet (asking twice changes nothing); undone by deleting
 * only the rows it created.
 */
export const createFavouritesStep = createStep(
  createFavouritesStepId,
  async ({ customer_id, product_ids }: CreateFavouritesInput, { container }) => {
    const service: FavouriteModuleService = container.resolve(FAVOURITE_MODULE)
    const existing = await service.listFavourites({ customer_id }, { select: ["product_id"], take: null })
    const kept = new Set(existing.map((row) => row.product_id))
    const missing = [...new Set(product_ids)].filter((id) => !kept.has(id))
    if (!missing.length) {
      return new StepResponse([], [])
    }
    if (kept.size + missing.length > MAX_FAVOURITES) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Customer ${customer_id} may keep at most ${MAX_FAVOURITES} favourites`
      )
    }
    const created = await service.createFavourites(missing.map((product_id) => ({ customer_id, product_id })))
    const ids = created.map((row) => row.id)
    return new StepResponse(ids, ids)
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service: FavouriteModuleService = container.resolve(FAVOURITE_MODULE)
    await service.deleteFavourites(createdIds)
  }
)

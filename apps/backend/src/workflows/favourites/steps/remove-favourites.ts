import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAVOURITE_MODULE } from "../../../modules/favourite"
import type FavouriteModuleService from "../../../modules/favourite/service"

export const removeFavouritesStepId = "remove-favourites"

export type RemoveFavouritesInput = { customer_id: string; product_id: string }

/** Takes a product out of a shopper's favourites (nothing to do if it was not in); undone by restoring it. */
export const removeFavouritesStep = createStep(
  removeFavouritesStepId,
  async ({ customer_id, product_id }: RemoveFavouritesInput, { container }) => {
    const service: FavouriteModuleService = container.resolve(FAVOURITE_MODULE)
    const rows = await service.listFavourites({ customer_id, product_id }, { select: ["id"] })
    const ids = rows.map((row) => row.id)
    if (ids.length) {
      await service.softDeleteFavourites(ids)
    }
    return new StepResponse(ids, ids)
  },
  async (removedIds, { container }) => {
    if (!removedIds?.length) {
      return
    }
    const service: FavouriteModuleService = container.resolve(FAVOURITE_MODULE)
    await service.restoreFavourites(removedIds)
  }
)

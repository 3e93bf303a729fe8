import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAVOURITE_MODULE } from "../../../modules/favourite"
import type FavouriteModuleService from "../../../modules/favourite/service"

export const removeShopperFavouritesStepId = "remove-shopper-favourites"

/** A deleted account's favourites go with it; undone by restoring them. */
export const removeShopperFavouritesStep = createStep(
  removeShopperFavouritesStepId,
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const service = container.resolve<FavouriteModuleService>(FAVOURITE_MODULE)
    const rows = await service.listFavourites({ customer_id }, { select: ["id"], take: null })
    const ids = rows.map((row) => row.id)
    if (ids.length) {
      await service.softDeleteFavourites(ids)
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve<FavouriteModuleService>(FAVOURITE_MODULE).restoreFavourites(ids)
  }
)

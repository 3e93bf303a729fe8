import { z } from "@medusajs/framework/zod"

const productId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_]+$/, "A product id has only letters, digits and underscores")

/** A guest's list merged at sign-in, or one heart pressed: at most a page of products at a time. */
export const StoreAddFavourites = z.object({ product_ids: z.array(productId).min(1).max(100) }).strict()
export type StoreAddFavouritesType = z.infer<typeof StoreAddFavourites>

export const StoreFavouriteParams = z.object({ product_id: productId })

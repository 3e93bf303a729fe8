import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

export const AdminGetTopFavourites = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(20) })
  .strict()
export type AdminGetTopFavouritesType = z.infer<typeof AdminGetTopFavourites>

// /admin/* is authenticated as a staff `user` by Medusa itself
export const adminFavouritesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/favourites/top",
    middlewares: [validateAndTransformQuery(AdminGetTopFavourites, {})],
  },
]

import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

/** A page of a cooperative's history. */
export const ActivityParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()

export const vendorActivityMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/activity",
    middlewares: [validateAndTransformQuery(ActivityParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/vendors/:id/activity",
    middlewares: [validateAndTransformQuery(ActivityParams, {})],
  },
]

import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { AdminListReviewsParams, AdminRejectReview } from "../../utils/reviews"

// /admin/* is authenticated as a staff `user` by Medusa itself
export const adminReviewsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/reviews",
    middlewares: [validateAndTransformQuery(AdminListReviewsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/reviews/:id/publish",
    middlewares: [validateAndTransformBody(z.object({}).strict())],
  },
  {
    methods: ["POST"],
    matcher: "/admin/reviews/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectReview)],
  },
]

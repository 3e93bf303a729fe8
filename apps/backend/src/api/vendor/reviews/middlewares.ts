import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { PageParams, VendorReplyToReview } from "../../utils/reviews"

export const vendorReviewsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/reviews",
    middlewares: [validateAndTransformQuery(PageParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/reviews/:id/reply",
    middlewares: [validateAndTransformBody(VendorReplyToReview)],
  },
]

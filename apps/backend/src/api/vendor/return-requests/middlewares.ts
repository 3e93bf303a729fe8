import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { EmptyBody, ListReturnRequestsParams, RefuseReturnRequest } from "../../utils/return-requests"

export const vendorReturnRequestsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/return-requests",
    middlewares: [validateAndTransformQuery(ListReturnRequestsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/return-requests/:id/accept",
    middlewares: [validateAndTransformBody(EmptyBody)],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/return-requests/:id/refuse",
    middlewares: [validateAndTransformBody(RefuseReturnRequest)],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/return-requests/:id/receive",
    middlewares: [validateAndTransformBody(EmptyBody)],
  },
]

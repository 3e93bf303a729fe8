import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { EmptyBody, ListReturnRequestsParams, RefuseReturnRequest } from "../../utils/return-requests"

// /admin/* is authenticated as a staff `user` by Medusa itself
export const adminReturnRequestsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/return-requests",
    middlewares: [validateAndTransformQuery(ListReturnRequestsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/return-requests/:id/accept",
    middlewares: [validateAndTransformBody(EmptyBody)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/return-requests/:id/refuse",
    middlewares: [validateAndTransformBody(RefuseReturnRequest)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/return-requests/:id/receive",
    middlewares: [validateAndTransformBody(EmptyBody)],
  },
]

import { authenticate, type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import {
  CreateReturnRequest,
  DisputeReturnRequest,
  ListReturnRequestsParams,
} from "../../utils/return-requests"

const customer = authenticate("customer", ["session", "bearer"])

export const storeReturnRequestsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/return-requests",
    middlewares: [customer, validateAndTransformQuery(ListReturnRequestsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/store/return-requests",
    middlewares: [customer, validateAndTransformBody(CreateReturnRequest)],
  },
  {
    methods: ["POST"],
    matcher: "/store/return-requests/:id/dispute",
    middlewares: [customer, validateAndTransformBody(DisputeReturnRequest)],
  },
]

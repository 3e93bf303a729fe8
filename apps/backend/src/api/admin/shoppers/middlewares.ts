import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { EmptyParams } from "../../utils/common-validators"
import { AdminRequireCard } from "./validators"

// /admin/* is authenticated as a staff `user` by Medusa itself
export const adminShoppersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/shoppers/flagged",
    middlewares: [validateAndTransformQuery(EmptyParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/customers/:id/require-card",
    middlewares: [validateAndTransformBody(AdminRequireCard)],
  },
]

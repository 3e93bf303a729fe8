import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { EmptyParams } from "../../utils/common-validators"

export const vendorLedgerMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/vendor/ledger", middlewares: [validateAndTransformQuery(EmptyParams, {})] },
]

import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { VendorCreateStandSale, VendorGetStandSalesParams } from "./validators"

export const vendorStandSalesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/stand-sales",
    middlewares: [validateAndTransformQuery(VendorGetStandSalesParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/stand-sales",
    middlewares: [validateAndTransformBody(VendorCreateStandSale)],
  },
]

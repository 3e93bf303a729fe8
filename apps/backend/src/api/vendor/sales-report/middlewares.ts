import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { SalesReportParams } from "../../utils/sales-report"

export const vendorSalesReportMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/sales-report",
    middlewares: [validateAndTransformQuery(SalesReportParams, {})],
  },
]

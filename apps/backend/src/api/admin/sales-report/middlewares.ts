import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { SalesReportParams } from "../../utils/sales-report"

export const adminSalesReportMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/sales-report",
    middlewares: [validateAndTransformQuery(SalesReportParams, {})],
  },
]

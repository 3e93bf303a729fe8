import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { AdminCreatePayout, AdminExportPayoutsParams, AdminGetPayoutsParams } from "./validators"

// /admin/* is authenticated as a staff `user` by Medusa itself
export const adminPayoutsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/payouts",
    middlewares: [validateAndTransformQuery(AdminGetPayoutsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/payouts",
    middlewares: [validateAndTransformBody(AdminCreatePayout)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/payouts/export.csv",
    middlewares: [validateAndTransformQuery(AdminExportPayoutsParams, {})],
  },
]

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { AdminCancelVendorOrder, AdminRefuseVendorOrder } from "./validators"

// /admin/* is authenticated as a staff `user` by Medusa itself
export const adminVendorOrdersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/vendor-orders/:id/refuse",
    middlewares: [validateAndTransformBody(AdminRefuseVendorOrder)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/vendor-orders/:id/cancel",
    middlewares: [validateAndTransformBody(AdminCancelVendorOrder)],
  },
]

import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { VendorGetNotificationsParams } from "./validators"

export const vendorNotificationsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/notifications",
    middlewares: [validateAndTransformQuery(VendorGetNotificationsParams, {})],
  },
]

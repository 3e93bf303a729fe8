import { allowFields, MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { PageParams } from "../../utils/reviews"

// Shoppers read who made a product on every card and page: expose the linked vendor's public fields.
const PUBLIC_VENDOR_FIELDS = [
  "vendor.id",
  "vendor.handle",
  "vendor.name",
  "vendor.region",
  "vendor.city",
  "vendor.tagline",
  "vendor.logo_url",
]

export const storeProductsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/products*",
    middlewares: [allowFields(PUBLIC_VENDOR_FIELDS)],
  },
  {
    methods: ["GET"],
    matcher: "/store/products/:id/reviews",
    middlewares: [validateAndTransformQuery(PageParams, {})],
  },
]

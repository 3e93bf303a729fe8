import { allowFields, MiddlewareRoute } from "@medusajs/framework/http"

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
]

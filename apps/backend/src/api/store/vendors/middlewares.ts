import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listStoreVendorsQueryConfig, retrieveStoreVendorQueryConfig } from "./query-config"
import { StoreGetVendorParams, StoreGetVendorsParams } from "./validators"

export const storeVendorsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/vendors",
    middlewares: [validateAndTransformQuery(StoreGetVendorsParams, listStoreVendorsQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/store/vendors/:handle",
    middlewares: [validateAndTransformQuery(StoreGetVendorParams, retrieveStoreVendorQueryConfig)],
  },
]

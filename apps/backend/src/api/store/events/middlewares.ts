import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetEventParams, StoreGetEventsParams } from "./validators"

export const storeEventsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/events",
    middlewares: [validateAndTransformQuery(StoreGetEventsParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/events/:handle",
    middlewares: [validateAndTransformQuery(StoreGetEventParams, {})],
  },
]

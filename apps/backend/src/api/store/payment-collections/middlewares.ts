import type { MiddlewareRoute } from "@medusajs/framework/http"
import { refuseCodWhenCardRequired } from "./refuse-cod-when-card-required"

export const storePaymentCollectionsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/payment-collections/:id/payment-sessions",
    middlewares: [refuseCodWhenCardRequired],
  },
]

import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

export const storeCustomersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/customers/me/guest-orders",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformBody(z.object({}).strict()),
    ],
  },
]

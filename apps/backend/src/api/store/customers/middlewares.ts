import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
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

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { hideExistingAccount } from "./hide-existing-account"

export const authMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/auth/customer/emailpass/register",
    middlewares: [hideExistingAccount("customer")],
  },
  {
    methods: ["POST"],
    matcher: "/auth/vendor/emailpass/register",
    middlewares: [hideExistingAccount("vendor")],
  },
]

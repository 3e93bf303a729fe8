import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../utils/validate-and-transform-body"
import { hideExistingAccount } from "./hide-existing-account"
import { oneCheckPerNumber } from "./one-check-per-number"
import { AuthRequestPhoneCode } from "./vendor/phone-otp/code/validators"

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
  {
    methods: ["POST"],
    matcher: "/auth/vendor/phone-otp/code",
    middlewares: [validateAndTransformBody(AuthRequestPhoneCode)],
  },
  {
    methods: ["POST"],
    matcher: "/auth/vendor/phone-otp",
    middlewares: [oneCheckPerNumber],
  },
]

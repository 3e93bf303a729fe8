import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { VendorAcceptInvite, VendorCreateInvite } from "./validators"

export const vendorInvitesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/vendor/invites",
    middlewares: [validateAndTransformBody(VendorCreateInvite)],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/invites/accept",
    middlewares: [validateAndTransformBody(VendorAcceptInvite)],
  },
]

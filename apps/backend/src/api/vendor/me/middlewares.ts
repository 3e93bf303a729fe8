import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { textBodies } from "../../utils/text-bodies"
import { VendorUpdateMember } from "./member-validators"
import { VendorUpdateProfile } from "./validators"

export const vendorMeMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/vendor/me",
    middlewares: [validateAndTransformBody(VendorUpdateMember)],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/me/vendor",
    bodyParser: textBodies,
    middlewares: [validateAndTransformBody(VendorUpdateProfile)],
  },
]

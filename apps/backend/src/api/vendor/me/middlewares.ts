import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { textBodies } from "../../utils/text-bodies"
import { VendorUpdateProfile } from "./validators"

export const vendorMeMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/vendor/me/vendor",
    bodyParser: textBodies,
    middlewares: [validateAndTransformBody(VendorUpdateProfile)],
  },
]

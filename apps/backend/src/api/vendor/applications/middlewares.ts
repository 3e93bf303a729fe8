import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { textBodies } from "../../utils/text-bodies"
import { VendorCreateApplication } from "./validators"

export const vendorApplicationsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/vendor/applications",
    bodyParser: textBodies,
    middlewares: [validateAndTransformBody(VendorCreateApplication)],
  },
]

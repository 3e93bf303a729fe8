import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
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

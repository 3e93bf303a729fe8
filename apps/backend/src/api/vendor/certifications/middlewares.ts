import { type MiddlewareRoute } from "@medusajs/framework/http"
import { CertificationBody } from "../../utils/certifications"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"

export const vendorCertificationsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/vendor/certifications",
    middlewares: [validateAndTransformBody(CertificationBody)],
  },
]

import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { EmptyParams } from "../../utils/common-validators"
import { textBodies } from "../../utils/text-bodies"
import { VendorCreateProduct, VendorGetProductsParams, VendorUpdateProduct } from "./validators"

export const vendorProductsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/products",
    middlewares: [validateAndTransformQuery(VendorGetProductsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/products",
    bodyParser: textBodies,
    middlewares: [validateAndTransformBody(VendorCreateProduct)],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/vendor/products/:id",
    middlewares: [validateAndTransformQuery(EmptyParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/products/:id",
    bodyParser: textBodies,
    middlewares: [validateAndTransformBody(VendorUpdateProduct)],
  },
]

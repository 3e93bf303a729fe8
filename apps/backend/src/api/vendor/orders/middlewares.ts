import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { EmptyParams } from "../../utils/common-validators"
import {
  VendorCancelOrder,
  VendorDeliverOrder,
  VendorGetOrdersParams,
  VendorPickUpOrder,
  VendorRefuseOrder,
  VendorShipOrder,
} from "./validators"

export const vendorOrdersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/orders",
    middlewares: [validateAndTransformQuery(VendorGetOrdersParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/vendor/orders/:id",
    middlewares: [validateAndTransformQuery(EmptyParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/ship",
    middlewares: [validateAndTransformBody(VendorShipOrder)],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/deliver",
    middlewares: [validateAndTransformBody(VendorDeliverOrder)],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/pick-up",
    middlewares: [validateAndTransformBody(VendorPickUpOrder)],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/refuse",
    middlewares: [validateAndTransformBody(VendorRefuseOrder)],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/cancel",
    middlewares: [validateAndTransformBody(VendorCancelOrder)],
  },
]

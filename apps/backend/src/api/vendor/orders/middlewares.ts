import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { VendorDeliverOrder, VendorGetOrdersParams, VendorShipOrder } from "./validators"

// members only, as for every /vendor/* route (see ../middlewares.ts); scoping is in vendor-orders.ts
const member = authenticate("vendor", ["session", "bearer"])
const noQuery = validateAndTransformQuery(z.object({}).strict(), {})

export const vendorOrdersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/orders",
    middlewares: [member, validateAndTransformQuery(VendorGetOrdersParams, {})],
  },
  { methods: ["GET"], matcher: "/vendor/orders/:id", middlewares: [member, noQuery] },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/ship",
    middlewares: [member, validateAndTransformBody(VendorShipOrder)],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/deliver",
    middlewares: [member, validateAndTransformBody(VendorDeliverOrder)],
  },
  { methods: ["GET"], matcher: "/vendor/ledger", middlewares: [member, noQuery] },
]

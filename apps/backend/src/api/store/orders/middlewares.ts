import { allowFields, MiddlewareRoute } from "@medusajs/framework/http"
import { ensureOrderReader } from "./ensure-order-reader"

// The shopper's order page shows each cooperative's part: what it sends, its total and its progress.
const VENDOR_ORDER_FIELDS = [
  "vendor_order.id",
  "vendor_order.status",
  "vendor_order.total",
  "vendor_order.item_total",
  "vendor_order.shipping_total",
  "vendor_order.tracking_number",
  "vendor_order.carrier",
  "vendor_order.shipped_at",
  "vendor_order.delivered_at",
  "vendor_order.vendor.id",
  "vendor_order.vendor.handle",
  "vendor_order.vendor.name",
  "vendor_order.items.id",
  "vendor_order.items.line_item_id",
  "vendor_order.items.product_id",
  "vendor_order.items.title",
  "vendor_order.items.variant_title",
  "vendor_order.items.thumbnail",
  "vendor_order.items.quantity",
  "vendor_order.items.total",
  // a part collected at its cooperative's stand: where, when, and the code the shopper shows there
  "vendor_order.pickup_code",
  "vendor_order.pickup_stand_number",
  "vendor_order.pickup_event.id",
  "vendor_order.pickup_event.handle",
  "vendor_order.pickup_event.name",
  "vendor_order.pickup_event.address",
  "vendor_order.pickup_event.city",
  "vendor_order.pickup_event.starts_at",
  "vendor_order.pickup_event.ends_at",
]

export const storeOrdersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/orders*",
    middlewares: [allowFields(VENDOR_ORDER_FIELDS)],
  },
  // Medusa trusts whoever holds an order id; these routes answer the order to its owner only
  { methods: ["GET"], matcher: "/store/orders/:id", middlewares: [ensureOrderReader] },
  { methods: ["POST"], matcher: "/store/orders/:id/transfer/request", middlewares: [ensureOrderReader] },
  { methods: ["POST"], matcher: "/store/orders/:id/transfer/cancel", middlewares: [ensureOrderReader] },
]

import { createWorkflow } from "@medusajs/framework/workflows-sdk"
import { closeVendorOrder } from "./close-vendor-order"

export const cancelVendorOrderWorkflowId = "cancel-vendor-order"

/** Emitted once a cooperative canceled its own part of an order. */
export const VENDOR_ORDER_CANCELED_EVENT = "vendor_order.canceled"

/**
 * A cooperative cannot fulfil its part before shipping: the part is canceled with its reason, its
 * stock released, a card refunded this part's total only; the order's other parts are untouched (see
 * ./close-vendor-order.ts).
 */
export const cancelVendorOrderWorkflow = createWorkflow(
  cancelVendorOrderWorkflowId,
  closeVendorOrder({
    transition: "cancel_part",
    status: "canceled",
    event: VENDOR_ORDER_CANCELED_EVENT,
    description: "canceled by the cooperative",
  })
)

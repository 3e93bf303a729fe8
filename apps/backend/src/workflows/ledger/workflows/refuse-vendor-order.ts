import { createWorkflow } from "@medusajs/framework/workflows-sdk"
import { closeVendorOrder } from "./close-vendor-order"

export const refuseVendorOrderWorkflowId = "refuse-vendor-order"

/** Emitted once a shipped parcel came back refused (or returned to sender). */
export const VENDOR_ORDER_REFUSED_EVENT = "vendor_order.refused"

/**
 * A shipped parcel was refused at the door or returned to the sender: the part is refused, its stock
 * back at the cooperative, its cash never collected (see ./close-vendor-order.ts).
 */
export const refuseVendorOrderWorkflow = createWorkflow(
  refuseVendorOrderWorkflowId,
  closeVendorOrder({
    transition: "refuse",
    status: "refused",
    event: VENDOR_ORDER_REFUSED_EVENT,
    description: "refused by the shopper",
  })
)

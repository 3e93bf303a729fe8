import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { updateVendorOrdersStep } from "../steps/update-vendor-orders"
import { validateVendorOrderTransitionStep } from "../steps/validate-vendor-order-transition"

export const shipVendorOrderWorkflowId = "ship-vendor-order"

/** Emitted once a cooperative handed its parcel to the carrier. */
export const VENDOR_ORDER_SHIPPED_EVENT = "vendor_order.shipped"

export type ShipVendorOrderWorkflowInput = {
  id: string
  tracking_number?: string | null
  carrier?: string | null
}

/** A cooperative hands its parcel to the carrier: the child order becomes shipped, with tracking. */
export const shipVendorOrderWorkflow = createWorkflow(
  shipVendorOrderWorkflowId,
  (input: ShipVendorOrderWorkflowInput) => {
    acquireLockStep({ key: input.id, timeout: 5, ttl: 30 })
    const { data: vendorOrders } = useQueryGraphStep({
      entity: "vendor_order",
      fields: ["id", "status"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const vendorOrder = transform({ vendorOrders }, ({ vendorOrders }) => vendorOrders[0])
    validateVendorOrderTransitionStep({ vendor_order: vendorOrder, transition: "ship" })
    const update = transform({ input }, ({ input }) => [
      {
        id: input.id,
        status: "shipped" as const,
        tracking_number: input.tracking_number ?? null,
        carrier: input.carrier ?? null,
        shipped_at: new Date(),
      },
    ])
    updateVendorOrdersStep(update)
    releaseLockStep({ key: input.id })
    // the shopper is told by a subscriber, after the cooperative got its answer
    emitEventStep({ eventName: VENDOR_ORDER_SHIPPED_EVENT, data: { id: input.id } })
    return new WorkflowResponse(vendorOrder.id)
  }
)

import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createLedgerEntriesStep } from "../steps/create-ledger-entries"
import { updateVendorOrdersStep } from "../steps/update-vendor-orders"

export const cancelOrderVendorOrdersWorkflowId = "cancel-order-vendor-orders"

/**
 * The shopper's order was canceled: every child order is canceled, and what a delivered one had
 * credited its cooperative is taken back by a negative entry (once, whatever the retries).
 */
export const cancelOrderVendorOrdersWorkflow = createWorkflow(
  cancelOrderVendorOrdersWorkflowId,
  (input: { order_id: string }) => {
    const { data: vendorOrders } = useQueryGraphStep({
      entity: "vendor_order",
      fields: ["id", "status", "order_id", "vendor_id", "currency_code", "vendor_amount", "display_id"],
      filters: { order_id: input.order_id },
    })
    const open = transform({ vendorOrders }, ({ vendorOrders }) =>
      (vendorOrders as any[]).filter((vendorOrder) => vendorOrder.status !== "canceled")
    )
    const updates = transform({ open }, ({ open }) => {
      const now = new Date()
      return open.map((vendorOrder) => ({ id: vendorOrder.id, status: "canceled" as const, canceled_at: now }))
    })
    updateVendorOrdersStep(updates)
    const entries = transform({ open }, ({ open }) =>
      open
        .filter((vendorOrder) => vendorOrder.status === "delivered")
        .map((vendorOrder) => ({
          vendor_id: vendorOrder.vendor_id,
          vendor_order_id: vendorOrder.id,
          order_id: vendorOrder.order_id,
          type: "cancellation" as const,
          amount: MathBN.mult(vendorOrder.vendor_amount, -1).toString(),
          currency_code: vendorOrder.currency_code,
          reference: `cancellation:${vendorOrder.id}`,
          description: `Order #${vendorOrder.display_id ?? vendorOrder.order_id} canceled after delivery`,
        }))
    )
    createLedgerEntriesStep(entries)
    return new WorkflowResponse(updates)
  }
)

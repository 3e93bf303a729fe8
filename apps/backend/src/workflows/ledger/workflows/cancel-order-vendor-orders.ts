import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { exactAmount } from "../exact-amount"
import { CLOSED_PART_STATUSES } from "../part-closing"
import { createLedgerEntriesStep } from "../steps/create-ledger-entries"
import { updateVendorOrdersStep } from "../steps/update-vendor-orders"

export const cancelOrderVendorOrdersWorkflowId = "cancel-order-vendor-orders"

/**
 * The shopper's order was canceled: every child order is canceled, and what each one still credits
 * its cooperative (a delivered sale, less any refund already taken back; or a refund taken back
 * before delivery) is reversed by one entry, so a canceled part leaves nothing owed either way
 * (once, whatever the retries).
 */
export const cancelOrderVendorOrdersWorkflow = createWorkflow(
  cancelOrderVendorOrdersWorkflowId,
  (input: { order_id: string }) => {
    const { data: vendorOrders } = useQueryGraphStep({
      entity: "vendor_order",
      fields: ["id", "status", "order_id", "vendor_id", "currency_code", "vendor_amount", "display_id"],
      filters: { order_id: input.order_id },
    }).config({ name: "get-order-vendor-orders" })
    const open = transform({ vendorOrders }, ({ vendorOrders }) =>
      // a refused part stays refused: it is closed already, its ledger at zero
      vendorOrders.filter((vendorOrder) => !CLOSED_PART_STATUSES.includes(vendorOrder.status))
    )
    const updates = transform({ open }, ({ open }) => {
      const now = new Date()
      return open.map((vendorOrder) => ({
        id: vendorOrder.id,
        status: "canceled" as const,
        canceled_at: now,
      }))
    })
    updateVendorOrdersStep(updates)
    const { data: ledgerEntries } = useQueryGraphStep({
      entity: "ledger_entry",
      fields: ["vendor_order_id", "amount", "raw_amount"],
      filters: { order_id: input.order_id },
    }).config({ name: "get-order-ledger-entries" })
    const entries = transform({ open, ledgerEntries }, ({ open, ledgerEntries }) =>
      open
        .map((vendorOrder) => {
          const credited = MathBN.add(
            0,
            ...ledgerEntries
              .filter((entry) => entry.vendor_order_id === vendorOrder.id)
              .map((entry) => exactAmount(entry.raw_amount, entry.amount))
          )
          return { vendorOrder, credited }
        })
        .filter(({ credited }) => !MathBN.eq(credited, 0))
        .map(({ vendorOrder, credited }) => ({
          vendor_id: vendorOrder.vendor_id,
          vendor_order_id: vendorOrder.id,
          order_id: vendorOrder.order_id,
          type: "cancellation" as const,
          amount: MathBN.mult(credited, -1).toString(),
          currency_code: vendorOrder.currency_code,
          reference: `cancellation:${vendorOrder.id}`,
          description: `Order #${vendorOrder.display_id ?? vendorOrder.order_id} canceled${vendorOrder.status === "delivered" ? " after delivery" : ""}`,
        }))
    )
    createLedgerEntriesStep(entries)
    return new WorkflowResponse(updates)
  }
)

import { transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelPaymentStep,
  deleteReservationsByLineItemsStep,
  emitEventStep,
  refundPaymentWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { COD_PROVIDER_ID } from "../../../modules/cod"
import { exactAmount } from "../exact-amount"
import { codPaymentToCancel, livePayment, partRefundNote, reversalEntries } from "../part-closing"
import { createLedgerEntriesStep } from "../steps/create-ledger-entries"
import { updateVendorOrdersStep } from "../steps/update-vendor-orders"
import { validateVendorOrderTransitionStep } from "../steps/validate-vendor-order-transition"

export type CloseVendorOrderWorkflowInput = {
  id: string
  /** why: the shopper's refusal, or the cooperative's reason for canceling */
  reason?: string | null
  /** who asked (a member's or a staff user's id), kept on a card refund */
  closed_by?: string
}

type Closing = {
  transition: "refuse" | "cancel_part"
  status: "refused" | "canceled"
  event: string
  /** the ledger entry's description after "Order #n" */
  description: string
}

/**
 * The body shared by a refused parcel and a part its cooperative cancels: under the part's lock (two
 * taps, or a tap racing "delivered", close it once), the part is closed with its reason, its items'
 * reservations are deleted (the stock is the cooperative's again: shipping and delivery never moved
 * stock), whatever it credits in the ledger is reversed, then the money — last, as it cannot be
 * undone: a card charged at checkout is refunded this part's total only; cash on delivery was never
 * captured for it, and once no part is left to deliver the payment is cancelled.
 */
export function closeVendorOrder(closing: Closing) {
  return (input: CloseVendorOrderWorkflowInput) => {
    acquireLockStep({ key: input.id, timeout: 5, ttl: 60 })
    const { data: vendorOrders } = useQueryGraphStep({
      entity: "vendor_order",
      fields: [
        "id",
        "status",
        "order_id",
        "vendor_id",
        "currency_code",
        "total",
        "raw_total",
        "display_id",
        "items.line_item_id",
      ],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-closing-vendor-order" })
    const vendorOrder = transform({ vendorOrders }, ({ vendorOrders }) => vendorOrders[0])
    validateVendorOrderTransitionStep({ vendor_order: vendorOrder, transition: closing.transition })

    const updates = transform({ vendorOrder, input }, ({ vendorOrder, input }) => {
      const now = new Date()
      return [
        {
          id: vendorOrder.id,
          status: closing.status,
          closing_reason: input.reason ?? null,
          ...(closing.status === "refused" ? { refused_at: now } : { canceled_at: now }),
        },
      ]
    })
    updateVendorOrdersStep(updates)

    const lineItemIds = transform({ vendorOrder }, ({ vendorOrder }) =>
      (vendorOrder.items ?? []).flatMap((item) => (item?.line_item_id ? [item.line_item_id] : []))
    )
    deleteReservationsByLineItemsStep(lineItemIds)

    const { data: ledgerEntries } = useQueryGraphStep({
      entity: "ledger_entry",
      fields: ["vendor_order_id", "amount", "raw_amount"],
      filters: { vendor_order_id: input.id },
    }).config({ name: "get-closing-ledger-entries" })
    const entries = transform({ vendorOrder, ledgerEntries }, ({ vendorOrder, ledgerEntries }) =>
      reversalEntries(vendorOrder, ledgerEntries, closing.description)
    )
    createLedgerEntriesStep(entries)

    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.canceled_at",
        "payment_collections.payments.captures.id",
      ],
      filters: { id: vendorOrder.order_id },
    }).config({ name: "get-closing-order-payments" })
    const payment = transform({ orders }, ({ orders }) => livePayment(orders[0] as never))
    const { data: siblings } = useQueryGraphStep({
      entity: "vendor_order",
      fields: ["id", "status"],
      filters: { order_id: vendorOrder.order_id },
    }).config({ name: "get-closing-sibling-parts" })

    // a card was charged at checkout: this part's total goes back, the other parts keep theirs
    when(
      "refund-card-part",
      { payment },
      ({ payment }) => !!payment && payment.provider_id !== COD_PROVIDER_ID && payment.captured
    ).then(() => {
      const refund = transform({ payment, vendorOrder, input }, ({ payment, vendorOrder, input }) => ({
        payment_id: payment!.id,
        amount: exactAmount(vendorOrder.raw_total as Record<string, unknown> | null, vendorOrder.total),
        note: partRefundNote(vendorOrder.id),
        created_by: input.closed_by,
      }))
      refundPaymentWorkflow.runAsStep({ input: refund })
    })

    const codToCancel = transform({ payment, siblings, vendorOrder }, ({ payment, siblings, vendorOrder }) =>
      codPaymentToCancel(payment, COD_PROVIDER_ID, siblings, vendorOrder.id)
    )
    when("cancel-unused-cod-payment", { codToCancel }, ({ codToCancel }) => !!codToCancel).then(() => {
      cancelPaymentStep({ paymentIds: codToCancel! })
    })

    releaseLockStep({ key: input.id })
    // the shopper is told by a subscriber, after the cooperative got its answer
    emitEventStep({ eventName: closing.event, data: { id: input.id } })
    return new WorkflowResponse(vendorOrder.id)
  }
}

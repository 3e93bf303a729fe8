import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { exactAmount } from "../exact-amount"
import { isPartRefund } from "../part-closing"
import { allocateRefund } from "../refund-allocation"
import { createLedgerEntriesStep } from "../steps/create-ledger-entries"

export const recordPaymentRefundsWorkflowId = "record-payment-refunds"

/**
 * Money was refunded on an order's payment (Admin refund, card or cash on delivery): each refund
 * takes its share back from the cooperatives' ledgers (see ../refund-allocation.ts). Every refund of
 * the payment is considered, and entries are unique per refund and part, so running it again after
 * a retry, a replayed event or a later refund writes only what is missing.
 */
export const recordPaymentRefundsWorkflow = createWorkflow(
  recordPaymentRefundsWorkflowId,
  (input: { payment_id: string }) => {
    const { data: payments } = useQueryGraphStep({
      entity: "payment",
      fields: [
        "id",
        "payment_collection_id",
        "refunds.id",
        "refunds.amount",
        "refunds.raw_amount",
        "refunds.note",
      ],
      filters: { id: input.payment_id },
    }).config({ name: "get-refunded-payment" })
    const collectionId = transform({ payments }, ({ payments }) => payments[0]?.payment_collection_id ?? "")
    const { data: orderLinks } = useQueryGraphStep({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: collectionId },
    }).config({ name: "get-refunded-order" })
    const orderId = transform({ orderLinks }, ({ orderLinks }) => orderLinks[0]?.order_id ?? "")
    const { data: parts } = useQueryGraphStep({
      entity: "vendor_order",
      fields: [
        "id",
        "vendor_id",
        "order_id",
        "display_id",
        "currency_code",
        "status",
        "total",
        "vendor_amount",
        "cash_collected_at",
      ],
      filters: { order_id: orderId },
    }).config({ name: "get-refunded-vendor-orders" })

    const entries = transform({ payments, parts, orderId }, ({ payments, parts, orderId }) => {
      // a payment outside an order (none here today) has no cooperative to charge
      if (!orderId) {
        return []
      }
      // a part's own refund (its cooperative canceled it) was accounted for by that part's workflow
      return (payments[0]?.refunds ?? []).flatMap((refund) =>
        refund && !isPartRefund(refund.note)
          ? allocateRefund({ id: refund.id, amount: exactAmount(refund.raw_amount, refund.amount) }, parts)
          : []
      )
    })
    const created = createLedgerEntriesStep(entries)
    return new WorkflowResponse(created)
  }
)

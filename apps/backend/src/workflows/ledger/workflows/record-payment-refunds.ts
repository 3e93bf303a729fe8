import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { exactAmount } from "../exact-amount"
import { isPartRefund } from "../part-closing"
import { allocateRefund } from "../refund-allocation"
import { retrieveRefundedPaymentStep } from "../../common/steps/retrieve-refunded-payment"
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
    const refunded = retrieveRefundedPaymentStep(input)
    const orderId = transform({ refunded }, ({ refunded }) => refunded.order_id)
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

    const entries = transform({ refunded, parts, orderId }, ({ refunded, parts, orderId }) => {
      // a payment outside an order (none here today) has no cooperative to charge
      if (!orderId) {
        return []
      }
      // a part's own refund (its cooperative canceled it) was accounted for by that part's workflow
      return refunded.payment.refunds
        .filter((refund) => !isPartRefund(refund.note))
        .flatMap((refund) =>
          allocateRefund({ id: refund.id, amount: exactAmount(refund.raw_amount, refund.amount) }, parts)
        )
    })
    const created = createLedgerEntriesStep(entries)
    return new WorkflowResponse(created)
  }
)

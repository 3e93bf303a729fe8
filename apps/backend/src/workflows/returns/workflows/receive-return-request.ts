import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginReceiveReturnWorkflow,
  confirmReturnReceiveWorkflow,
  emitEventStep,
  receiveItemReturnRequestWorkflow,
  refundPaymentWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createLedgerEntriesStep } from "../../ledger/steps/create-ledger-entries"
import { RETURN_REQUEST_EVENTS, returnLedgerReference, returnRefundNote } from "../return-events"
import { capturedPayment, returnAmounts, returnLines, returnPolicy } from "../return-rules"
import { updateReturnRequestStep } from "../steps/update-return-request"
import { validateReturnRequestTransitionStep } from "../steps/validate-return-request-transition"

export type ReceiveReturnRequestWorkflowInput = {
  id: string
  /** the member's or staff user's id */
  received_by: string
}

export const receiveReturnRequestWorkflowId = "receive-return-request"

/**
 * The returned items reached the cooperative. Medusa's return is received (the stock is back at the
 * cooperative's location); the shopper is refunded exactly those items, and the delivery when the
 * whole parcel came back where her region's law says so (./return-rules.ts); the cooperative's ledger
 * gives back its sale of them less the centre's commission (`return:<request>`, once). The refund goes
 * last, as it cannot be undone; its note keeps it out of the proportional sharing of staff refunds.
 */
export const receiveReturnRequestWorkflow = createWorkflow(
  receiveReturnRequestWorkflowId,
  (input: ReceiveReturnRequestWorkflowInput) => {
    acquireLockStep({ key: input.id, timeout: 5, ttl: 120 })
    const { data: requests } = useQueryGraphStep({
      entity: "return_request",
      fields: ["id", "status", "disputed_at", "order_id", "vendor_order_id", "return_id", "items"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-received-return-request" })
    const request = transform({ requests }, ({ requests }) => requests[0])
    validateReturnRequestTransitionStep({ request, transition: "receive" })
    acquireLockStep({ key: request.order_id, timeout: 10, ttl: 120 }).config({ name: "lock-returned-order" })

    const { data: parts } = useQueryGraphStep({
      entity: "vendor_order",
      fields: [
        "id",
        "vendor_id",
        "order_id",
        "display_id",
        "currency_code",
        "shipping_total",
        "commission_rate",
        "items.line_item_id",
        "items.quantity",
        "items.total",
      ],
      filters: { id: request.vendor_order_id },
    }).config({ name: "get-returned-part" })
    const { data: refundedBefore } = useQueryGraphStep({
      entity: "return_request",
      fields: ["id", "items"],
      filters: { vendor_order_id: request.vendor_order_id, status: "refunded" },
    }).config({ name: "get-refunded-return-requests" })
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "region.metadata",
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.canceled_at",
        "payment_collections.payments.captures.id",
      ],
      filters: { id: request.order_id },
    }).config({ name: "get-returned-order-payments" })

    const amounts = transform(
      { request, parts, refundedBefore, orders },
      ({ request, parts, refundedBefore, orders }) => {
        const part = parts[0]
        return returnAmounts(
          {
            shipping_total: part.shipping_total,
            commission_rate: part.commission_rate,
            items: (part.items ?? []).flatMap((item) => (item ? [item] : [])),
          },
          refundedBefore.flatMap((earlier) => returnLines(earlier.items)),
          returnLines(request.items),
          returnPolicy(orders[0]?.region?.metadata as Record<string, unknown> | null)
        )
      }
    )

    // Medusa's return: received at the location it was opened for, where the stock goes back
    const receive = transform({ request, input }, ({ request, input }) => ({
      return_id: request.return_id!,
      created_by: input.received_by,
      description: `Return request ${request.id} received`,
    }))
    beginReceiveReturnWorkflow.runAsStep({ input: receive })
    const itemsIn = transform({ request }, ({ request }) => ({
      return_id: request.return_id!,
      items: returnLines(request.items).map((line) => ({
        id: line.line_item_id,
        quantity: line.quantity,
      })),
    }))
    receiveItemReturnRequestWorkflow.runAsStep({ input: itemsIn })
    const confirm = transform({ request, input }, ({ request, input }) => ({
      return_id: request.return_id!,
      confirmed_by: input.received_by,
    }))
    confirmReturnReceiveWorkflow.runAsStep({ input: confirm })

    const entries = transform({ request, parts, amounts }, ({ request, parts, amounts }) => {
      const part = parts[0]
      const count = returnLines(request.items).reduce((sum, line) => sum + line.quantity, 0)
      return [
        {
          vendor_id: part.vendor_id,
          vendor_order_id: part.id,
          order_id: part.order_id,
          type: "refund" as const,
          amount: amounts.ledger_amount,
          currency_code: part.currency_code,
          reference: returnLedgerReference(request.id),
          description: `Order #${part.display_id ?? part.order_id}: ${count} item(s) returned, ${amounts.refund} ${part.currency_code.toUpperCase()} refunded (commission ${amounts.commission} given back)`,
        },
      ]
    })
    createLedgerEntriesStep(entries)
    const update = transform({ input, amounts }, ({ input, amounts }) => ({
      id: input.id,
      status: "refunded" as const,
      refund_amount: amounts.refund,
      refunded_at: new Date(),
    }))
    const updated = updateReturnRequestStep(update)

    const payment = transform({ orders }, ({ orders }) => capturedPayment(orders[0] as never))
    when(
      "refund-returned-items",
      { payment, amounts },
      ({ payment, amounts }) => !!payment && Number(amounts.refund) > 0
    ).then(() => {
      const refund = transform({ payment, amounts, input }, ({ payment, amounts, input }) => ({
        payment_id: payment!.id,
        amount: amounts.refund,
        note: returnRefundNote(input.id),
        created_by: input.received_by,
      }))
      refundPaymentWorkflow.runAsStep({ input: refund })
    })

    releaseLockStep({ key: request.order_id }).config({ name: "unlock-returned-order" })
    releaseLockStep({ key: input.id })
    emitEventStep({ eventName: RETURN_REQUEST_EVENTS.refunded, data: { id: input.id } })
    return new WorkflowResponse(updated)
  }
)

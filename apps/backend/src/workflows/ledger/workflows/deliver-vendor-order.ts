import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  capturePaymentWorkflow,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { COD_PROVIDER_ID } from "../../../modules/cod"
import { createLedgerEntriesStep } from "../steps/create-ledger-entries"
import { updateVendorOrdersStep } from "../steps/update-vendor-orders"
import { validateVendorOrderTransitionStep } from "../steps/validate-vendor-order-transition"

export const deliverVendorOrderWorkflowId = "deliver-vendor-order"

/** Emitted once a cooperative's parcel reached the shopper. */
export const VENDOR_ORDER_DELIVERED_EVENT = "vendor_order.delivered"

export type DeliverVendorOrderWorkflowInput = { id: string; captured_by?: string }

/**
 * A cooperative's parcel reached the shopper: the child order is delivered, the sale is owed to the
 * cooperative (ledger entry), and for cash on delivery the cash is recorded as collected and that
 * part of the payment captured — last, as a capture cannot be undone.
 */
export const deliverVendorOrderWorkflow = createWorkflow(
  deliverVendorOrderWorkflowId,
  (input: DeliverVendorOrderWorkflowInput) => {
    // two taps on "delivered" must not capture or credit twice
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
        "vendor_amount",
        "payment_provider_id",
        "display_id",
      ],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-vendor-order" })
    const vendorOrder = transform({ vendorOrders }, ({ vendorOrders }) => vendorOrders[0])
    validateVendorOrderTransitionStep({ vendor_order: vendorOrder, transition: "deliver" })

    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: vendorOrder.order_id },
    }).config({ name: "get-order-payments" })
    const codPayment = transform({ orders }, ({ orders }) => {
      const payments = (orders[0]?.payment_collections ?? []).flatMap(
        (collection) => collection?.payments ?? []
      )
      return (
        payments.find((payment) => payment?.provider_id === COD_PROVIDER_ID && !payment.canceled_at) ?? null
      )
    })

    const updates = transform({ vendorOrder, codPayment }, ({ vendorOrder, codPayment }) => {
      const now = new Date()
      return [
        {
          id: vendorOrder.id,
          status: "delivered" as const,
          delivered_at: now,
          cash_collected_at: codPayment ? now : null,
        },
      ]
    })
    updateVendorOrdersStep(updates)

    const entries = transform({ vendorOrder }, ({ vendorOrder }) => [
      {
        vendor_id: vendorOrder.vendor_id,
        vendor_order_id: vendorOrder.id,
        order_id: vendorOrder.order_id,
        type: "sale" as const,
        amount: vendorOrder.vendor_amount,
        currency_code: vendorOrder.currency_code,
        reference: `sale:${vendorOrder.id}`,
        description: `Order #${vendorOrder.display_id ?? vendorOrder.order_id} delivered`,
      },
    ])
    createLedgerEntriesStep(entries)

    when("capture-cash-on-delivery", { codPayment }, ({ codPayment }) => !!codPayment).then(() => {
      const capture = transform({ codPayment, vendorOrder, input }, ({ codPayment, vendorOrder, input }) => ({
        payment_id: codPayment!.id,
        amount: vendorOrder.total,
        captured_by: input.captured_by,
      }))
      capturePaymentWorkflow.runAsStep({ input: capture })
    })

    releaseLockStep({ key: input.id })
    // the shopper is told by a subscriber, after the cooperative got its answer
    emitEventStep({ eventName: VENDOR_ORDER_DELIVERED_EVENT, data: { id: input.id } })
    return new WorkflowResponse(vendorOrder.id)
  }
)

import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { orderConfirmationNotifications } from "../order-confirmation-notification"

export type SendOrderConfirmationWorkflowInput = { order_id: string }

export const sendOrderConfirmationWorkflowId = "send-order-confirmation"

/** Sends the shopper the confirmation of a placed order, with each cooperative's part. */
export const sendOrderConfirmationWorkflow = createWorkflow(
  sendOrderConfirmationWorkflowId,
  (input: SendOrderConfirmationWorkflowInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "currency_code",
        "total",
        "metadata",
        "payment_collections.payment_sessions.provider_id",
        "vendor_order.id",
        "vendor_order.total",
        "vendor_order.vendor.name",
        "vendor_order.items.title",
        "vendor_order.items.variant_title",
        "vendor_order.items.quantity",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-placed-order" })
    const notifications = transform({ orders }, ({ orders }) => orderConfirmationNotifications(orders[0]))
    const sent = sendNotificationsStep(notifications)
    return new WorkflowResponse(sent)
  }
)

import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import {
  orderConfirmationNotifications,
  vendorNewOrderNotifications,
} from "../order-confirmation-notification"
import { signOrderLinkStep } from "../steps/sign-order-link"

export type SendOrderConfirmationWorkflowInput = { order_id: string }

export const sendOrderConfirmationWorkflowId = "send-order-confirmation"

/**
 * Sends the shopper the confirmation of a placed order, with each cooperative's part, and each
 * cooperative's members their part to prepare.
 */
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
        "created_at",
        "metadata",
        "payment_collections.payment_sessions.provider_id",
        "vendor_order.id",
        "vendor_order.total",
        "vendor_order.vendor.name",
        "vendor_order.vendor.members.email",
        "vendor_order.vendor.members.phone",
        "vendor_order.vendor.members.sms_opt_in",
        "vendor_order.vendor.members.locale",
        "vendor_order.items.title",
        "vendor_order.items.variant_title",
        "vendor_order.items.quantity",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-placed-order" })
    const accessToken = signOrderLinkStep(input.order_id)
    const notifications = transform({ orders, accessToken }, ({ orders, accessToken }) => [
      ...orderConfirmationNotifications(orders[0], accessToken),
      ...vendorNewOrderNotifications(orders[0]),
    ])
    sendNotificationsSafelyStep(notifications)
    return new WorkflowResponse(undefined)
  }
)

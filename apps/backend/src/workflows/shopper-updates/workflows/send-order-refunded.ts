import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { retrieveRefundedPaymentStep } from "../../common/steps/retrieve-refunded-payment"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { signOrderLinkStep } from "../../order-confirmation/steps/sign-order-link"
import { orderRefundedNotifications, type Refund, type ShopperOrder } from "../shopper-update-notifications"

export const sendOrderRefundedWorkflowId = "send-order-refunded"

/** Tells the shopper each refund made on her order's payment (once per refund). */
export const sendOrderRefundedWorkflow = createWorkflow(
  sendOrderRefundedWorkflowId,
  (input: { payment_id: string }) => {
    const refunded = retrieveRefundedPaymentStep(input)
    const orderId = transform({ refunded }, ({ refunded }) => refunded.order_id)
    // a payment outside an order (none today) has nobody to tell
    when("refund-of-an-order", { orderId }, ({ orderId }) => !!orderId).then(() => {
      const { data: orders } = useQueryGraphStep({
        entity: "order",
        fields: ["id", "display_id", "email", "metadata"],
        filters: { id: orderId },
      }).config({ name: "get-refunded-order" })
      const accessToken = signOrderLinkStep(orderId)
      const notifications = transform(
        { refunded, orders, accessToken },
        ({ refunded, orders, accessToken }) =>
          orderRefundedNotifications(
            refunded.payment.refunds as Refund[],
            refunded.payment.currency_code,
            orders[0] as ShopperOrder,
            accessToken
          )
      )
      sendNotificationsSafelyStep(notifications)
    })
    return new WorkflowResponse(undefined)
  }
)

import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { signOrderLinkStep } from "../../order-confirmation/steps/sign-order-link"
import { orderRefundedNotifications, type Refund, type ShopperOrder } from "../shopper-update-notifications"

export const sendOrderRefundedWorkflowId = "send-order-refunded"

/** Tells the shopper each refund made on her order's payment (once per refund). */
export const sendOrderRefundedWorkflow = createWorkflow(
  sendOrderRefundedWorkflowId,
  (input: { payment_id: string }) => {
    const { data: payments } = useQueryGraphStep({
      entity: "payment",
      fields: ["id", "currency_code", "payment_collection_id", "refunds.id", "refunds.amount"],
      filters: { id: input.payment_id },
    }).config({ name: "get-refunded-payment" })
    const collectionId = transform({ payments }, ({ payments }) => payments[0]?.payment_collection_id ?? "")
    const { data: orderLinks } = useQueryGraphStep({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: collectionId },
    }).config({ name: "get-refunded-order-link" })
    const orderId = transform({ orderLinks }, ({ orderLinks }) => orderLinks[0]?.order_id ?? "")
    // a payment outside an order (none today) has nobody to tell
    when("refund-of-an-order", { orderId }, ({ orderId }) => !!orderId).then(() => {
      const { data: orders } = useQueryGraphStep({
        entity: "order",
        fields: ["id", "display_id", "email", "metadata"],
        filters: { id: orderId },
      }).config({ name: "get-refunded-order" })
      const accessToken = signOrderLinkStep(orderId)
      const notifications = transform(
        { payments, orders, accessToken },
        ({ payments, orders, accessToken }) =>
          orderRefundedNotifications(
            (payments[0]?.refunds ?? []) as Refund[],
            payments[0]?.currency_code ?? "",
            orders[0] as ShopperOrder,
            accessToken
          )
      )
      sendNotificationsSafelyStep(notifications)
    })
    return new WorkflowResponse(undefined)
  }
)

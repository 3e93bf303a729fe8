import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { signOrderLinkStep } from "../../order-confirmation/steps/sign-order-link"
import { orderCanceledNotifications, type ShopperOrder } from "../shopper-update-notifications"

export const sendOrderCanceledWorkflowId = "send-order-canceled"

/** Tells the shopper her order was cancelled. */
export const sendOrderCanceledWorkflow = createWorkflow(
  sendOrderCanceledWorkflowId,
  (input: { order_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "email", "metadata"],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-canceled-order" })
    const accessToken = signOrderLinkStep(input.order_id)
    const notifications = transform({ orders, accessToken }, ({ orders, accessToken }) =>
      orderCanceledNotifications(orders[0] as ShopperOrder, accessToken)
    )
    sendNotificationsSafelyStep(notifications)
    return new WorkflowResponse(undefined)
  }
)

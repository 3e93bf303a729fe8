import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { signOrderLinkStep } from "../../order-confirmation/steps/sign-order-link"
import { parcelDeliveredNotifications, type ShopperOrder } from "../shopper-update-notifications"

export const sendParcelDeliveredWorkflowId = "send-parcel-delivered"

/** Tells the shopper that one cooperative's parcel reached her. */
export const sendParcelDeliveredWorkflow = createWorkflow(
  sendParcelDeliveredWorkflowId,
  (input: { vendor_order_id: string }) => {
    const { data: parts } = useQueryGraphStep({
      entity: "vendor_order",
      fields: ["id", "order_id", "vendor.name"],
      filters: { id: input.vendor_order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-delivered-part" })
    const orderId = transform({ parts }, ({ parts }) => parts[0].order_id as string)
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "email", "metadata"],
      filters: { id: orderId },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-delivered-order" })
    const accessToken = signOrderLinkStep(orderId)
    const notifications = transform({ parts, orders, accessToken }, ({ parts, orders, accessToken }) =>
      parcelDeliveredNotifications(parts[0] as never, orders[0] as ShopperOrder, accessToken)
    )
    sendNotificationsSafelyStep(notifications)
    return new WorkflowResponse(undefined)
  }
)

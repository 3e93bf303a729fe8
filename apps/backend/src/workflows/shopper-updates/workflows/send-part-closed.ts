import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { signOrderLinkStep } from "../../order-confirmation/steps/sign-order-link"
import { partClosedNotifications, type ShopperOrder } from "../shopper-update-notifications"

export const sendPartClosedWorkflowId = "send-part-closed"

/** Tells the shopper that one cooperative's parcel was refused, or its part canceled, and why. */
export const sendPartClosedWorkflow = createWorkflow(
  sendPartClosedWorkflowId,
  (input: { vendor_order_id: string }) => {
    const { data: parts } = useQueryGraphStep({
      entity: "vendor_order",
      fields: ["id", "order_id", "status", "closing_reason", "vendor.name"],
      filters: { id: input.vendor_order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-closed-part" })
    const orderId = transform({ parts }, ({ parts }) => parts[0].order_id as string)
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "email", "metadata"],
      filters: { id: orderId },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-closed-part-order" })
    const accessToken = signOrderLinkStep(orderId)
    const notifications = transform({ parts, orders, accessToken }, ({ parts, orders, accessToken }) =>
      partClosedNotifications(parts[0] as never, orders[0] as ShopperOrder, accessToken)
    )
    sendNotificationsSafelyStep(notifications)
    return new WorkflowResponse(undefined)
  }
)

import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { signOrderLinkStep } from "../../order-confirmation/steps/sign-order-link"
import {
  parcelShippedNotifications,
  type ShippedOrder,
  type ShippedPart,
} from "../parcel-shipped-notification"

export type SendParcelShippedWorkflowInput = { vendor_order_id: string }

export const sendParcelShippedWorkflowId = "send-parcel-shipped"

/** Tells the shopper that one cooperative's parcel left, with the carrier and tracking number. */
export const sendParcelShippedWorkflow = createWorkflow(
  sendParcelShippedWorkflowId,
  (input: SendParcelShippedWorkflowInput) => {
    const { data: parts } = useQueryGraphStep({
      entity: "vendor_order",
      fields: ["id", "order_id", "carrier", "tracking_number", "vendor.name"],
      filters: { id: input.vendor_order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-shipped-part" })
    const orderId = transform({ parts }, ({ parts }) => parts[0].order_id as string)
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "email", "metadata", "shipping_address.phone"],
      filters: { id: orderId },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-shipped-order" })
    const accessToken = signOrderLinkStep(orderId)
    const notifications = transform({ parts, orders, accessToken }, ({ parts, orders, accessToken }) =>
      parcelShippedNotifications(parts[0] as ShippedPart, orders[0] as ShippedOrder, accessToken)
    )
    sendNotificationsSafelyStep(notifications)
    return new WorkflowResponse(undefined)
  }
)

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { returnAnsweredNotifications, vendorReturnRequestedNotifications } from "../return-notifications"

export const sendReturnRequestMessagesWorkflowId = "send-return-request-messages"

/**
 * Tells whoever must act on a return request: the cooperative's members when it is asked, the
 * shopper when it is accepted or refused (the refund's own email tells her when she is refunded).
 */
export const sendReturnRequestMessagesWorkflow = createWorkflow(
  sendReturnRequestMessagesWorkflowId,
  (input: { id: string }) => {
    const { data: requests } = useQueryGraphStep({
      entity: "return_request",
      fields: [
        "id",
        "status",
        "vendor_order_id",
        "order_id",
        "items",
        "note",
        "decision_reason",
        "disputed_at",
      ],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-return-request" })
    const request = transform({ requests }, ({ requests }) => requests[0])
    const { data: parts } = useQueryGraphStep({
      entity: "vendor_order",
      fields: ["id", "display_id", "vendor.name", "vendor.members.email", "vendor.members.locale"],
      filters: { id: request.vendor_order_id },
    }).config({ name: "get-return-request-part" })
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "email", "metadata"],
      filters: { id: request.order_id },
    }).config({ name: "get-return-request-order" })
    const notifications = transform({ request, parts, orders }, ({ request, parts, orders }) =>
      request.status === "requested"
        ? vendorReturnRequestedNotifications(request as never, parts[0] as never)
        : returnAnsweredNotifications(request as never, parts[0] as never, orders[0] as never)
    )
    sendNotificationsSafelyStep(notifications)
    return new WorkflowResponse(undefined)
  }
)

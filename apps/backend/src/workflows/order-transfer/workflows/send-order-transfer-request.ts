import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { orderTransferNotifications, type TransferRequest } from "../order-transfer-notification"

export type SendOrderTransferRequestWorkflowInput = { order_id: string; order_change_id: string }

export const sendOrderTransferRequestWorkflowId = "send-order-transfer-request"

/** Emails the link that adds an order placed without an account to the account that asked for it. */
export const sendOrderTransferRequestWorkflow = createWorkflow(
  sendOrderTransferRequestWorkflowId,
  (input: SendOrderTransferRequestWorkflowInput) => {
    const { data: changes } = useQueryGraphStep({
      entity: "order_change",
      fields: ["id", "actions.action", "actions.details"],
      filters: { id: input.order_change_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-transfer-change" })
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "metadata"],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-transferred-order" })
    const notifications = transform({ changes, orders }, ({ changes, orders }) => {
      // Medusa's order schema leaves TRANSFER_CUSTOMER out of its action enum: compare the action as text
      const change: {
        id: string
        actions: ({ action: string; details: TransferRequest["details"] } | null)[]
      } = changes[0]
      const transfer = change.actions.find((action) => action?.action === "TRANSFER_CUSTOMER")
      return orderTransferNotifications({
        change_id: change.id,
        order: orders[0],
        details: transfer?.details ?? null,
      })
    })
    sendNotificationsSafelyStep(notifications)
    return new WorkflowResponse(undefined)
  }
)

import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
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
      const change = changes[0] as unknown as {
        id: string
        actions: { action: string; details: TransferRequest["details"] }[]
      }
      const transfer = change.actions.find((action) => action?.action === "TRANSFER_CUSTOMER")
      return orderTransferNotifications({
        change_id: change.id,
        order: orders[0] as unknown as TransferRequest["order"],
        details: transfer?.details ?? null,
      })
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)

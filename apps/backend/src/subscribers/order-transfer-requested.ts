import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderTransferRequestWorkflow } from "../workflows/order-transfer/workflows/send-order-transfer-request"

/** Sends the order's email the link that adds the order to the account that asked for it. */
export default async function orderTransferRequested({
  event,
  container,
}: SubscriberArgs<{ id: string; order_change_id: string }>) {
  await sendOrderTransferRequestWorkflow(container).run({
    input: { order_id: event.data.id, order_change_id: event.data.order_change_id },
  })
}

export const config: SubscriberConfig = { event: "order.transfer_requested" }

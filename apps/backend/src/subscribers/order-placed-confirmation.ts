import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendOrderConfirmationWorkflow } from "../workflows/order-confirmation/workflows/send-order-confirmation"

/** Tells the shopper the order is placed, with what each cooperative will send and what to pay. */
export default async function orderPlacedConfirmation({ event, container }: SubscriberArgs<{ id: string }>) {
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Sending the confirmation of order ${event.data.id}`)
  await sendOrderConfirmationWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }

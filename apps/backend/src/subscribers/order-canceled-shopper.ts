import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendOrderCanceledWorkflow } from "../workflows/shopper-updates/workflows/send-order-canceled"

/** Tells the shopper her order was cancelled (the ledger side is order-canceled-vendor-orders.ts). */
export default async function orderCanceledShopper({ event, container }: SubscriberArgs<{ id: string }>) {
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Telling the shopper that order ${event.data.id} was cancelled`)
  await sendOrderCanceledWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }

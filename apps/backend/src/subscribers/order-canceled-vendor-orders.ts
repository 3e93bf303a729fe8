import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOrderVendorOrdersWorkflow } from "../workflows/ledger/workflows/cancel-order-vendor-orders"

/** A canceled order cancels its child orders and reverses what delivered ones credited. */
export default async function orderCanceledVendorOrders({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Canceling the vendor orders of order ${event.data.id}`)
  await cancelOrderVendorOrdersWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }

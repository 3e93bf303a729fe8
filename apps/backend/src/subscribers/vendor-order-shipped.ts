import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VENDOR_ORDER_SHIPPED_EVENT } from "../workflows/ledger/workflows/ship-vendor-order"
import { sendParcelShippedWorkflow } from "../workflows/order-shipped/workflows/send-parcel-shipped"

/** Tells the shopper a cooperative's parcel is on its way. */
export default async function vendorOrderShipped({ event, container }: SubscriberArgs<{ id: string }>) {
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Telling the shopper that parcel ${event.data.id} shipped`)
  await sendParcelShippedWorkflow(container).run({ input: { vendor_order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: VENDOR_ORDER_SHIPPED_EVENT }

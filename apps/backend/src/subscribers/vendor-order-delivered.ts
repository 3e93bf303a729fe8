import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VENDOR_ORDER_DELIVERED_EVENT } from "../workflows/ledger/workflows/deliver-vendor-order"
import { sendParcelDeliveredWorkflow } from "../workflows/shopper-updates/workflows/send-parcel-delivered"

/** Tells the shopper a cooperative's parcel reached her. */
export default async function vendorOrderDelivered({ event, container }: SubscriberArgs<{ id: string }>) {
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Telling the shopper that parcel ${event.data.id} was delivered`)
  await sendParcelDeliveredWorkflow(container).run({ input: { vendor_order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: VENDOR_ORDER_DELIVERED_EVENT }

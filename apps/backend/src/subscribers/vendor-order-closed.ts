import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VENDOR_ORDER_CANCELED_EVENT } from "../workflows/ledger/workflows/cancel-vendor-order"
import { VENDOR_ORDER_REFUSED_EVENT } from "../workflows/ledger/workflows/refuse-vendor-order"
import { sendPartClosedWorkflow } from "../workflows/shopper-updates/workflows/send-part-closed"

/** Tells the shopper a cooperative's parcel was refused, or its part canceled. */
export default async function vendorOrderClosed({ event, container }: SubscriberArgs<{ id: string }>) {
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Telling the shopper that part ${event.data.id} was closed (${event.name})`)
  await sendPartClosedWorkflow(container).run({ input: { vendor_order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: [VENDOR_ORDER_REFUSED_EVENT, VENDOR_ORDER_CANCELED_EVENT] }

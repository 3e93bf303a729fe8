import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { sendOrderRefundedWorkflow } from "../workflows/shopper-updates/workflows/send-order-refunded"

/** Tells the shopper what was refunded (the ledger side is payment-refunded-ledger.ts). */
export default async function paymentRefundedShopper({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderRefundedWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: PaymentEvents.REFUNDED }

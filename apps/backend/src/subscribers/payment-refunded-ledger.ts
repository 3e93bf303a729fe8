import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { recordPaymentRefundsWorkflow } from "../workflows/ledger/workflows/record-payment-refunds"

/** Money refunded to a shopper is taken back from the cooperatives' ledgers, once per refund. */
export default async function paymentRefundedLedger({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordPaymentRefundsWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: PaymentEvents.REFUNDED }

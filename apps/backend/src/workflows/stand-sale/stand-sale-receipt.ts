import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { normalizePhone } from "@bazaar/contracts/schemas"
import { messageKey } from "../../lib/messages/idempotency"

export type StandSaleReceiptInput = {
  sale_id: string
  buyer_phone: string | null
  total: string
  currency_code: string
  cooperative: string
  stand_number: string
  locale: string | null
}

/** The buyer's SMS receipt when she gave a phone that can be texted; none otherwise. */
export function standSaleReceiptNotifications(input: StandSaleReceiptInput): CreateNotificationDTO[] {
  const phone = normalizePhone(input.buyer_phone)
  if (!phone) {
    return []
  }
  return [
    {
      to: phone,
      channel: "sms",
      template: "stand-sale-receipt",
      data: {
        total: input.total,
        currency_code: input.currency_code,
        cooperative: input.cooperative,
        stand_number: input.stand_number,
        locale: input.locale,
      },
      trigger_type: "stand_sale.created",
      resource_id: input.sale_id,
      resource_type: "stand_sale",
      // a sale is recorded once: so is its receipt
      idempotency_key: messageKey("stand-sale-receipt", input.sale_id, phone),
    },
  ]
}

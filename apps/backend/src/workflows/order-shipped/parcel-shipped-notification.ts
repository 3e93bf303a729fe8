import { normalizePhone } from "@bazaar/contracts/schemas"
import { messageKey } from "../../lib/messages/idempotency"
import { shopperLocale } from "../../lib/storefront/storefront-links"
import { confirmationUrl } from "../order-confirmation/order-confirmation-notification"

export type ShippedPart = {
  id: string
  carrier: string | null
  tracking_number: string | null
  vendor: { name: string } | null
}

export type ShippedOrder = {
  id: string
  /** an integer, which Medusa's order schema types as a String */
  display_id: number | string | null
  email: string | null
  metadata: Record<string, unknown> | null
  shipping_address?: { phone?: string | null } | null
}

/**
 * "Your parcel is on its way" to the shopper, per cooperative's parcel, with carrier and tracking
 * number, in the checkout's language: by email, and by SMS to the phone she gave for the delivery
 * (skipped when it is not a number that can be texted). None for an order without an email.
 */
export function parcelShippedNotifications(part: ShippedPart, order: ShippedOrder, accessToken: string) {
  if (!order.email) {
    return []
  }
  const common = {
    template: "order-shipped",
    data: {
      order_id: order.id,
      vendor_order_id: part.id,
      display_id: order.display_id,
      cooperative: part.vendor?.name ?? null,
      carrier: part.carrier,
      tracking_number: part.tracking_number,
      url: confirmationUrl(order, accessToken),
      locale: shopperLocale(order.metadata),
    },
    trigger_type: "vendor_order.shipped",
    resource_id: part.id,
    resource_type: "vendor_order",
  }
  const phone = normalizePhone(order.shipping_address?.phone)
  return [
    {
      ...common,
      to: order.email,
      channel: "email",
      // a parcel ships once: a replayed event must not tell the shopper twice
      idempotency_key: messageKey("order-shipped", part.id, order.email),
    },
    ...(phone
      ? [
          {
            ...common,
            to: phone,
            channel: "sms",
            idempotency_key: messageKey("order-shipped", part.id, phone),
          },
        ]
      : []),
  ]
}

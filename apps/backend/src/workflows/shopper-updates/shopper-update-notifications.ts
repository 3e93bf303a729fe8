import { messageKey } from "../../lib/messages/idempotency"
import { shopperLocale } from "../../lib/storefront/storefront-links"
import { confirmationUrl } from "../order-confirmation/order-confirmation-notification"

export type ShopperOrder = {
  id: string
  /** an integer, which Medusa's order schema types as a String */
  display_id: number | string | null
  email: string | null
  metadata: Record<string, unknown> | null
}

/** What every message about an order carries: its number, its page and the checkout's language. */
function orderData(order: ShopperOrder, accessToken: string) {
  return {
    order_id: order.id,
    display_id: order.display_id,
    url: confirmationUrl(order, accessToken),
    locale: shopperLocale(order.metadata),
  }
}

/** "Your parcel was delivered", per cooperative's parcel; none for an order without an email. */
export function parcelDeliveredNotifications(
  part: { id: string; vendor: { name: string } | null },
  order: ShopperOrder,
  accessToken: string
) {
  if (!order.email) {
    return []
  }
  return [
    {
      to: order.email,
      channel: "email",
      template: "order-delivered",
      data: {
        ...orderData(order, accessToken),
        vendor_order_id: part.id,
        cooperative: part.vendor?.name ?? null,
      },
      trigger_type: "vendor_order.delivered",
      resource_id: part.id,
      resource_type: "vendor_order",
      // a parcel is delivered once
      idempotency_key: messageKey("order-delivered", part.id, order.email),
    },
  ]
}

/**
 * "A parcel was refused or returned" / "a cooperative canceled its part", once per part, with the
 * reason given; none for an order without an email.
 */
export function partClosedNotifications(
  part: { id: string; status: string; closing_reason: string | null; vendor: { name: string } | null },
  order: ShopperOrder,
  accessToken: string
) {
  if (!order.email) {
    return []
  }
  const template = part.status === "refused" ? "order-part-refused" : "order-part-canceled"
  return [
    {
      to: order.email,
      channel: "email",
      template,
      data: {
        ...orderData(order, accessToken),
        vendor_order_id: part.id,
        cooperative: part.vendor?.name ?? null,
        reason: part.closing_reason,
      },
      trigger_type: part.status === "refused" ? "vendor_order.refused" : "vendor_order.canceled",
      resource_id: part.id,
      resource_type: "vendor_order",
      // a part is closed once
      idempotency_key: messageKey(template, part.id, order.email),
    },
  ]
}

/** "Your order is cancelled"; an order is cancelled once, so one message per order. */
export function orderCanceledNotifications(order: ShopperOrder, accessToken: string) {
  if (!order.email) {
    return []
  }
  return [
    {
      to: order.email,
      channel: "email",
      template: "order-canceled",
      data: orderData(order, accessToken),
      trigger_type: "order.canceled",
      resource_id: order.id,
      resource_type: "order",
      idempotency_key: messageKey("order-canceled", order.id, order.email),
    },
  ]
}

export type Refund = { id: string; amount: unknown }

/**
 * "We refunded you …", one message per refund of the payment: the event names only the payment, so
 * every refund is considered and the idempotency key (per refund) drops the ones already told.
 */
export function orderRefundedNotifications(
  refunds: Refund[],
  currencyCode: string,
  order: ShopperOrder,
  accessToken: string
) {
  if (!order.email) {
    return []
  }
  const email = order.email
  return refunds.map((refund) => ({
    to: email,
    channel: "email",
    template: "order-refunded",
    data: { ...orderData(order, accessToken), amount: String(refund.amount), currency_code: currencyCode },
    trigger_type: "payment.refunded",
    resource_id: order.id,
    resource_type: "order",
    idempotency_key: messageKey("order-refunded", refund.id, email),
  }))
}

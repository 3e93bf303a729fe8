import { messageKey } from "../../lib/messages/idempotency"
import { storefrontLink, shopperLocale } from "../../lib/storefront/storefront-links"
import { MEMBER_LOCALE, portalUrl } from "../vendor/notification-links"
import { COD_PROVIDER_ID } from "../../modules/cod"

export type PlacedOrder = {
  id: string
  /** an integer, which Medusa's order schema types as a String */
  display_id: number | string | null
  email: string | null
  currency_code: string
  total: unknown
  metadata: Record<string, unknown> | null
  payment_collections: ({ payment_sessions?: ({ provider_id: string } | null)[] | null } | null)[] | null
  vendor_order: VendorPart[] | VendorPart | null
}

type VendorPart = {
  id: string
  total: unknown
  vendor: { name: string; members?: ({ email: string } | null)[] | null } | null
  items: ({ title: string; variant_title: string | null; quantity: number } | null)[] | null
}

/**
 * Where the shopper reads the confirmation, in the language the checkout was made in; the order's
 * secret (lib/orders/order-access-token.ts) lets that link open it without an account.
 */
export function confirmationUrl(order: Pick<PlacedOrder, "id" | "metadata">, accessToken: string): string {
  const token = new URLSearchParams({ token: accessToken })
  return storefrontLink(`/${shopperLocale(order.metadata)}/order/${order.id}/confirmed?${token}`)
}

/**
 * The shopper's confirmation message: order number, each cooperative's part, and what to hand the
 * courier when paying cash. None for an order without an email (nothing to send it to).
 */
export function orderConfirmationNotifications(order: PlacedOrder, accessToken: string) {
  if (!order.email) {
    return []
  }
  const cashOnDelivery = paidOnDelivery(order)
  return [
    {
      to: order.email,
      channel: "email",
      template: "order-confirmation",
      data: {
        order_id: order.id,
        display_id: order.display_id,
        url: confirmationUrl(order, accessToken),
        currency_code: order.currency_code,
        total: String(order.total),
        cash_on_delivery: cashOnDelivery,
        locale: shopperLocale(order.metadata),
        parts: vendorParts(order).map((part) => ({
          cooperative: part.vendor?.name ?? null,
          total: String(part.total),
          items: partItems(part),
        })),
      },
      trigger_type: "order.placed",
      resource_id: order.id,
      resource_type: "order",
      // a replayed order.placed event must not send the message twice
      idempotency_key: `order-confirmation:${order.id}`,
    },
  ]
}

function paidOnDelivery(order: PlacedOrder): boolean {
  return (order.payment_collections ?? []).some((collection) =>
    (collection?.payment_sessions ?? []).some((session) => session?.provider_id === COD_PROVIDER_ID)
  )
}

/** A read-only list link may come back as one object when the order has one part. */
function vendorParts(order: PlacedOrder): VendorPart[] {
  return ([] as VendorPart[]).concat(order.vendor_order ?? [])
}

function partItems(part: VendorPart) {
  return (part.items ?? []).flatMap((item) =>
    item ? [{ title: item.title, variant_title: item.variant_title, quantity: item.quantity }] : []
  )
}

/**
 * "New order to prepare" for every member of each cooperative in the order, with that cooperative's
 * part only (its items and amount), linking to the part in the portal.
 */
export function vendorNewOrderNotifications(order: PlacedOrder) {
  const cashOnDelivery = paidOnDelivery(order)
  return vendorParts(order).flatMap((part) =>
    (part.vendor?.members ?? []).flatMap((member) =>
      member?.email
        ? [
            {
              to: member.email,
              channel: "email",
              template: "vendor-new-order",
              data: {
                order_id: order.id,
                vendor_order_id: part.id,
                display_id: order.display_id,
                vendor_name: part.vendor?.name ?? null,
                currency_code: order.currency_code,
                total: String(part.total),
                cash_on_delivery: cashOnDelivery,
                items: partItems(part),
                url: portalUrl(`orders/${part.id}`),
                locale: MEMBER_LOCALE,
              },
              trigger_type: "order.placed",
              resource_id: part.id,
              resource_type: "vendor_order",
              idempotency_key: messageKey("vendor-new-order", part.id, member.email),
            },
          ]
        : []
    )
  )
}

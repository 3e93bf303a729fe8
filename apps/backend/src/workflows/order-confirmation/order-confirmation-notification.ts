import { storefrontLink, shopperLocale } from "../../lib/storefront/storefront-links"
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
  vendor: { name: string } | null
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
  const cashOnDelivery = (order.payment_collections ?? []).some((collection) =>
    (collection?.payment_sessions ?? []).some((session) => session?.provider_id === COD_PROVIDER_ID)
  )
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
        // a read-only list link may come back as one object when the order has one part
        parts: ([] as VendorPart[]).concat(order.vendor_order ?? []).map((part) => ({
          cooperative: part.vendor?.name ?? null,
          total: String(part.total),
          items: (part.items ?? []).flatMap((item) =>
            item ? [{ title: item.title, variant_title: item.variant_title, quantity: item.quantity }] : []
          ),
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

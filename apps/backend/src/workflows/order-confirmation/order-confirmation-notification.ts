import { messageKey } from "../../lib/messages/idempotency"
import { storefrontLink, shopperLocale } from "../../lib/storefront/storefront-links"
import { normalizePhone } from "@bazaar/contracts/schemas"
import { memberLocale, portalUrl } from "../vendor/notification-links"
import { COD_PROVIDER_ID } from "../../modules/cod"

export type PlacedOrder = {
  id: string
  /** an integer, which Medusa's order schema types as a String */
  display_id: number | string | null
  email: string | null
  currency_code: string
  total: unknown
  created_at?: Date | string | null
  metadata: Record<string, unknown> | null
  payment_collections: ({ payment_sessions?: ({ provider_id: string } | null)[] | null } | null)[] | null
  vendor_order: VendorPart[] | VendorPart | null
  /** the phone given for the delivery: the pick-up code is texted there too */
  shipping_address?: { phone?: string | null } | null
}

type VendorPart = {
  id: string
  total: unknown
  pickup_code?: string | null
  pickup_stand_number?: string | null
  pickup_event?: {
    name: string
    address: string
    city: string
    starts_at: Date | string
    ends_at: Date | string
  } | null
  vendor: { name: string; members?: (PartMember | null)[] | null } | null
  items:
    | ({ title: string; variant_title: string | null; quantity: number; product_id?: string | null } | null)[]
    | null
}

/** Made-to-order products' lead times in days, by product id (products made in advance are absent). */
export type LeadTimes = Record<string, number>

type PartMember = {
  email: string
  phone?: string | null
  sms_opt_in?: boolean | null
  locale?: string | null
}

/**
 * Days a cooperative has to hand its parcel to the carrier after the order (the "ship by" date of its
 * new-order message): the delay the centre promises shoppers for handmade goods in stock.
 */
export const SHIP_WITHIN_DAYS = 3

/**
 * The date a part must leave the cooperative by: the usual delay, or the time its slowest
 * made-to-order piece takes to make when that is longer.
 */
export function shipBy(placedAt: Date | string | null | undefined, leadDays = 0): string | null {
  const placed = placedAt ? new Date(placedAt) : null
  if (!placed || Number.isNaN(placed.getTime())) {
    return null
  }
  return new Date(placed.getTime() + Math.max(SHIP_WITHIN_DAYS, leadDays) * 24 * 3_600_000).toISOString()
}

/** The longest lead time among a part's made-to-order pieces; 0 when all are made in advance. */
export function partLeadDays(part: VendorPart, leadTimes: LeadTimes): number {
  return Math.max(
    0,
    ...(part.items ?? []).map((item) => (item?.product_id && leadTimes[item.product_id]) || 0)
  )
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
export function orderConfirmationNotifications(
  order: PlacedOrder,
  accessToken: string,
  leadTimes: LeadTimes = {}
) {
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
        parts: vendorParts(order).map((part) => {
          const leadDays = partLeadDays(part, leadTimes)
          return {
            cooperative: part.vendor?.name ?? null,
            total: String(part.total),
            items: partItems(part, leadTimes),
            // a part with a piece made for the shopper leaves when it is made
            ...(leadDays && !part.pickup_event ? { ships_by: shipBy(order.created_at, leadDays) } : {}),
            ...(pickupOf(part) ? { pickup: pickupOf(part) } : {}),
          }
        }),
      },
      trigger_type: "order.placed",
      resource_id: order.id,
      resource_type: "order",
      // a replayed order.placed event must not send the message twice
      idempotency_key: `order-confirmation:${order.id}`,
    },
    ...standPickupCodeTexts(order),
  ]
}

/** Where and with which code a part is collected at its cooperative's stand; null for a delivered part. */
function pickupOf(part: VendorPart) {
  const event = part.pickup_event
  if (!event || !part.pickup_code) {
    return null
  }
  return {
    stand_number: part.pickup_stand_number ?? "",
    event_name: event.name,
    address: event.address,
    city: event.city,
    starts_at: new Date(event.starts_at).toISOString(),
    ends_at: new Date(event.ends_at).toISOString(),
    code: part.pickup_code,
  }
}

/** The pick-up code of each part collected at a stand, texted to the phone given at the checkout. */
function standPickupCodeTexts(order: PlacedOrder) {
  const phone = normalizePhone(order.shipping_address?.phone)
  if (!phone) {
    return []
  }
  return vendorParts(order).flatMap((part) => {
    const pickup = pickupOf(part)
    return pickup
      ? [
          {
            to: phone,
            channel: "sms",
            template: "stand-pickup-code",
            data: {
              order_id: order.id,
              display_id: order.display_id,
              stand_number: pickup.stand_number,
              event_name: pickup.event_name,
              code: pickup.code,
              locale: shopperLocale(order.metadata),
            },
            trigger_type: "order.placed",
            resource_id: part.id,
            resource_type: "vendor_order",
            idempotency_key: messageKey("stand-pickup-code", part.id, phone),
          },
        ]
      : []
  })
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

function partItems(part: VendorPart, leadTimes: LeadTimes) {
  return (part.items ?? []).flatMap((item) => {
    if (!item) {
      return []
    }
    const leadDays = item.product_id ? leadTimes[item.product_id] : undefined
    return [
      {
        title: item.title,
        variant_title: item.variant_title,
        quantity: item.quantity,
        ...(leadDays ? { lead_time_days: leadDays } : {}),
      },
    ]
  })
}

/**
 * "New order to prepare" for every member of each cooperative in the order, with that cooperative's
 * part only (its items and amount), linking to the part in the portal, in each member's language: by
 * email, and by SMS too to a member who gave a number and agreed to be texted.
 */
export function vendorNewOrderNotifications(order: PlacedOrder, leadTimes: LeadTimes = {}) {
  const cashOnDelivery = paidOnDelivery(order)
  return vendorParts(order).flatMap((part) => {
    // a part collected at the stand is not shipped: the member hands it over there
    const shipByDate = part.pickup_event ? null : shipBy(order.created_at, partLeadDays(part, leadTimes))
    return (part.vendor?.members ?? []).flatMap((member) => {
      if (!member?.email) {
        return []
      }
      const locale = memberLocale(member)
      const common = {
        template: "vendor-new-order",
        data: {
          order_id: order.id,
          vendor_order_id: part.id,
          display_id: order.display_id,
          vendor_name: part.vendor?.name ?? null,
          currency_code: order.currency_code,
          total: String(part.total),
          cash_on_delivery: cashOnDelivery,
          items: partItems(part, leadTimes),
          ship_by: shipByDate,
          pickup_stand_number: part.pickup_event ? (part.pickup_stand_number ?? null) : null,
          url: portalUrl(`orders/${part.id}`, {}, locale),
          locale,
        },
        trigger_type: "order.placed",
        resource_id: part.id,
        resource_type: "vendor_order",
      }
      // a number stored before forms normalised numbers is skipped, never refused at send time
      const phone = member.sms_opt_in ? normalizePhone(member.phone) : null
      return [
        {
          ...common,
          to: member.email,
          channel: "email",
          idempotency_key: messageKey("vendor-new-order", part.id, member.email),
        },
        ...(phone
          ? [
              {
                ...common,
                to: phone,
                channel: "sms",
                idempotency_key: messageKey("vendor-new-order", part.id, phone),
              },
            ]
          : []),
      ]
    })
  })
}

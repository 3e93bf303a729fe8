import { PICKUP_CODE_PATTERN } from "@bazaar/contracts"
import { COD_PROVIDER_ID } from "@/lib/constants"
import type { StorePickupEvent, StoreVendorOrder } from "@/lib/types/custom-routes"
import type { StoreOrder } from "@/lib/types/store"

/** An order with its cooperatives' parts (the `vendor_order` link). */
export type OrderWithParts = { vendor_order?: StoreVendorOrder[] | null }

/** True when the shopper pays the couriers in cash (the order's payment is cash on delivery). */
export function paysOnDelivery(order: {
  payment_collections?: { payments?: { provider_id: string }[] | null }[] | null
}): boolean {
  return (order.payment_collections ?? []).some((collection) =>
    (collection.payments ?? []).some((payment) => payment.provider_id === COD_PROVIDER_ID)
  )
}

/**
 * Whether this visitor may read the order: its customer, or the browser that just placed it (a
 * guest's confirmation). Order ids are not secrets enough to show an address to anyone holding one.
 */
export function mayReadOrder(
  order: Pick<StoreOrder, "id" | "customer_id">,
  viewer: { customerId?: string; placedOrderIds: string[] }
): boolean {
  if (viewer.placedOrderIds.includes(order.id)) {
    return true
  }
  return Boolean(viewer.customerId && order.customer_id === viewer.customerId)
}

/**
 * The order's items under their product's title in the visitor's language: an order keeps the titles
 * it was placed with, usually French.
 */
export function localizeOrderItems<O extends OrderWithParts>(order: O, titleOf: Map<string, string>): O {
  return {
    ...order,
    vendor_order: (order.vendor_order ?? []).map((part) => ({
      ...part,
      items: (part.items ?? []).map((item) => {
        const title = item.product_id ? titleOf.get(item.product_id) : undefined
        return title ? { ...item, title } : item
      }),
    })),
  }
}

/** A part the shopper collects at its cooperative's stand: where, and what she shows there. */
export type PartPickup = {
  stand: string
  event: StorePickupEvent
  /** The six digits to show at the stand; null once collected, or when there is nothing left to collect. */
  code: string | null
  /** The time she collected it (the part's delivery). */
  collectedAt: string | null
}

/** The pick-up of a part at a stand, or null for a part that is delivered. */
export function partPickup(
  part: Pick<
    StoreVendorOrder,
    "status" | "delivered_at" | "pickup_code" | "pickup_stand_number" | "pickup_event"
  >
): PartPickup | null {
  if (!part.pickup_event || !part.pickup_stand_number) {
    return null
  }
  const code = part.pickup_code && PICKUP_CODE_PATTERN.test(part.pickup_code) ? part.pickup_code : null
  return {
    stand: part.pickup_stand_number,
    event: part.pickup_event,
    // a canceled part has nothing to collect, a collected one needs no code any more
    code: part.status === "pending" || part.status === "shipped" ? code : null,
    collectedAt: part.status === "delivered" ? (part.delivered_at ?? null) : null,
  }
}

/** "123456" → "123 456": two groups are easier to read out at a busy stand. */
export function groupPickupCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`
}

/**
 * The bazaars of pick-up parts under their name in the visitor's language: an order gives the event's
 * French name. `nameOf` maps event handles to names.
 */
export function localizePickupEvents<O extends OrderWithParts>(order: O, nameOf: Map<string, string>): O {
  return {
    ...order,
    vendor_order: (order.vendor_order ?? []).map((part) => {
      const name = part.pickup_event && nameOf.get(part.pickup_event.handle)
      return name && part.pickup_event ? { ...part, pickup_event: { ...part.pickup_event, name } } : part
    }),
  }
}

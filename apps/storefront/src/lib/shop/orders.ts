import { COD_PROVIDER_ID } from "@/lib/constants"
import type { StoreVendorOrder } from "@/lib/types/custom-routes"
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

import { sumAmounts } from "@/lib/util/money"
import type { CartVendor, StoreLineItem } from "./types"

export type CartGroup = {
  /** Null for items whose cooperative is unknown (a product removed since it was added). */
  vendor: CartVendor | null
  items: StoreLineItem[]
  subtotal: number
}

/** The cart's lines per cooperative, in the order the shopper first added each cooperative. */
export function groupItemsByVendor(
  items: StoreLineItem[],
  vendorOfProduct: Map<string, CartVendor>
): CartGroup[] {
  const groups = new Map<string, { vendor: CartVendor | null; items: StoreLineItem[] }>()
  // line ids grow with time: sorting by them keeps the order in which the shopper added things
  for (const item of [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const vendor = (item.product_id && vendorOfProduct.get(item.product_id)) || null
    const key = vendor?.id ?? ""
    const group = groups.get(key) ?? { vendor, items: [] }
    group.items.push(item)
    groups.set(key, group)
  }
  return [...groups.values()].map((group) => ({
    ...group,
    subtotal: sumAmounts(group.items.map((item) => item.subtotal ?? item.total)),
  }))
}

/**
 * The lines with their product's title in the visitor's language: Medusa stores the title a line was
 * added with, so a cart filled in French would otherwise stay French after switching to Arabic.
 */
export function localizeLineItems(items: StoreLineItem[], titleOf: Map<string, string>): StoreLineItem[] {
  return items.map((item) => {
    const title = item.product_id ? titleOf.get(item.product_id) : undefined
    return title ? { ...item, product_title: title } : item
  })
}

/** How many pieces are in the cart, for the header's cart link. */
export function itemCount(items: StoreLineItem[] | null | undefined): number {
  return (items ?? []).reduce((count, item) => count + item.quantity, 0)
}

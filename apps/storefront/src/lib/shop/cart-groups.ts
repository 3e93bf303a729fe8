import { sumAmounts } from "@/lib/util/money"
import type { VendorSummary } from "@/lib/types/custom-routes"
import type { StoreLineItem } from "@/lib/types/store"

/** What grouping reads of a cart line (Medusa's StoreCartLineItem). */
export type GroupedLine = Pick<StoreLineItem, "id" | "quantity"> & {
  product_id?: string | null
  subtotal?: number | null
  total?: number | null
}

export type CartGroup<T extends GroupedLine = StoreLineItem> = {
  /** Null for items whose cooperative is unknown (a product removed since it was added). */
  vendor: VendorSummary | null
  items: T[]
  subtotal: number
}

/** The cart's lines per cooperative, in the order the shopper first added each cooperative. */
export function groupItemsByVendor<T extends GroupedLine>(
  items: T[],
  vendorOfProduct: Map<string, VendorSummary>
): CartGroup<T>[] {
  const groups = new Map<string, { vendor: VendorSummary | null; items: T[] }>()
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
export function localizeLineItems<T extends Pick<GroupedLine, "product_id"> & { product_title?: string }>(
  items: T[],
  titleOf: Map<string, string>
): T[] {
  return items.map((item) => {
    const title = item.product_id ? titleOf.get(item.product_id) : undefined
    return title ? { ...item, product_title: title } : item
  })
}

/** How many pieces are in the cart, for the header's cart link. */
export function itemCount(items: Pick<StoreLineItem, "quantity">[] | null | undefined): number {
  return (items ?? []).reduce((count, item) => count + item.quantity, 0)
}

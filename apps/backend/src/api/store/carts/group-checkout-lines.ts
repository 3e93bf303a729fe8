import type { CheckoutLine, CheckoutVendorGroup, VendorShippingGroup, VendorSummary } from "@bazaar/contracts"
import { MathBN } from "@medusajs/framework/utils"

/** A cart line with the cooperative of its product (null once the product is gone). */
export type VendorLine = CheckoutLine & { vendor: VendorSummary | null }

/**
 * The cart's lines per cooperative, in the order the shopper first added something of each, with the
 * options that cooperative delivers them with (`shipping`: one group per cooperative, may be empty
 * before the cart has an address).
 */
export function groupCheckoutLines(
  lines: VendorLine[],
  shipping: Pick<VendorShippingGroup, "vendor" | "shipping_options" | "selected_shipping_option_id">[]
): CheckoutVendorGroup[] {
  const shippingOf = new Map(shipping.map((group) => [group.vendor.id, group]))
  const groups = new Map<string, { vendor: VendorSummary | null; items: CheckoutLine[] }>()
  // line ids grow with time: sorting by them keeps the order in which the shopper added things
  for (const { vendor, ...line } of [...lines].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const key = vendor?.id ?? ""
    const group = groups.get(key) ?? { vendor, items: [] }
    group.items.push(line)
    groups.set(key, group)
  }
  return [...groups.values()].map(({ vendor, items }) => {
    const delivery = vendor ? shippingOf.get(vendor.id) : undefined
    return {
      vendor,
      items,
      subtotal: MathBN.add(0, ...items.map((item) => item.subtotal)).toNumber(),
      shipping_options: delivery?.shipping_options ?? [],
      selected_shipping_option_id: delivery?.selected_shipping_option_id ?? null,
    }
  })
}

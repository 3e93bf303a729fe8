import { describe, expect, it } from "vitest"
import { groupCheckoutLines, type VendorLine } from "./group-checkout-lines"

const argan = { id: "vendor_argan", handle: "argan", name: "Coopérative Argan" }
const tapis = { id: "vendor_tapis", handle: "tapis", name: "Tapis de l'Atlas" }

function line(id: string, vendor: VendorLine["vendor"], subtotal: number): VendorLine {
  return {
    id,
    product_id: `prod_${id}`,
    variant_id: `variant_${id}`,
    title: "Standard",
    product_title: `Produit ${id}`,
    variant_title: "Standard",
    thumbnail: null,
    quantity: 1,
    unit_price: subtotal,
    subtotal,
    total: subtotal,
    vendor,
  }
}

const option = (id: string) => ({ id, name: id, amount: 30, type: null })

describe("groupCheckoutLines", () => {
  it("groups lines per cooperative in the order they were added, with that cooperative's options", () => {
    const groups = groupCheckoutLines(
      [line("li_3", argan, 0.1), line("li_1", tapis, 100), line("li_2", argan, 0.2)],
      [
        { vendor: argan, shipping_options: [option("so_argan")], selected_shipping_option_id: "so_argan" },
        { vendor: tapis, shipping_options: [option("so_tapis")], selected_shipping_option_id: null },
      ]
    )
    expect(groups.map((group) => group.vendor?.id)).toEqual(["vendor_tapis", "vendor_argan"])
    expect(groups[1].items.map((item) => item.id)).toEqual(["li_2", "li_3"])
    // summed in BigNumber: 0.1 + 0.2 is not 0.30000000000000004
    expect(groups[1].subtotal).toBe(0.3)
    expect(groups[1].shipping_options.map((o) => o.id)).toEqual(["so_argan"])
    expect(groups[1].selected_shipping_option_id).toBe("so_argan")
    expect(groups[0].selected_shipping_option_id).toBeNull()
    expect(groups[0].items[0]).not.toHaveProperty("vendor")
  })

  it("keeps lines of an unknown cooperative apart, with no options", () => {
    const groups = groupCheckoutLines([line("li_1", null, 10), line("li_2", argan, 20)], [])
    expect(groups).toEqual([
      expect.objectContaining({ vendor: null, subtotal: 10, shipping_options: [] }),
      expect.objectContaining({ vendor: argan, subtotal: 20, selected_shipping_option_id: null }),
    ])
  })

  it("has no group for an empty cart", () => {
    expect(groupCheckoutLines([], [])).toEqual([])
  })
})

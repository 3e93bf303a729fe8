import { describe, expect, it } from "vitest"
import { groupItemsByVendor, itemCount, localizeLineItems } from "./cart-groups"

const tighanimine = { id: "ven_a", handle: "tighanimine", name: "Coopérative Tighanimine" }
const atlas = { id: "ven_b", handle: "atlas", name: "Tapis de l'Atlas" }
const vendors = new Map([
  ["prod_oil", tighanimine],
  ["prod_amlou", tighanimine],
  ["prod_rug", atlas],
])

const line = (id: string, product_id: string | null, quantity: number, subtotal: number) => ({
  id,
  product_id,
  title: id,
  quantity,
  unit_price: subtotal / quantity,
  subtotal,
})

describe("groupItemsByVendor", () => {
  it("puts each cooperative's lines together, in the order the shopper added them, with exact subtotals", () => {
    const groups = groupItemsByVendor(
      [
        line("li_03", "prod_amlou", 1, 0.2),
        line("li_01", "prod_oil", 2, 0.1),
        line("li_02", "prod_rug", 1, 1200),
      ],
      vendors
    )
    expect(groups.map((group) => group.vendor?.handle)).toEqual(["tighanimine", "atlas"])
    expect(groups[0].items.map((item) => item.id)).toEqual(["li_01", "li_03"])
    // 0.1 + 0.2 in floats is 0.30000000000000004
    expect(groups[0].subtotal).toBe(0.3)
    expect(groups[1].subtotal).toBe(1200)
  })

  it("keeps lines of an unknown cooperative apart instead of dropping them", () => {
    const groups = groupItemsByVendor([line("li_1", "prod_gone", 1, 50), line("li_2", null, 1, 10)], vendors)
    expect(groups).toHaveLength(1)
    expect(groups[0].vendor).toBeNull()
    expect(groups[0].subtotal).toBe(60)
  })

  it("is empty for an empty cart", () => {
    expect(groupItemsByVendor([], vendors)).toEqual([])
  })
})

describe("itemCount", () => {
  it("counts pieces, not lines", () => {
    expect(itemCount([line("li_1", "prod_oil", 2, 10), line("li_2", "prod_rug", 1, 5)])).toBe(3)
    expect(itemCount(undefined)).toBe(0)
  })
})

describe("localizeLineItems", () => {
  it("shows each line under its product's title in the visitor's language, and keeps lines the catalogue no longer has", () => {
    const added = [
      { ...line("li_1", "prod_oil", 1, 90), product_title: "Huile d'argan" },
      { ...line("li_2", "prod_gone", 1, 50), product_title: "Amlou" },
    ]
    const localized = localizeLineItems(added, new Map([["prod_oil", "زيت الأركان"]]))
    expect(localized.map((item) => item.product_title)).toEqual(["زيت الأركان", "Amlou"])
    expect(added[0].product_title).toBe("Huile d'argan")
  })
})

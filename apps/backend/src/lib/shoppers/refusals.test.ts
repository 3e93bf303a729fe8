import { describe, expect, it } from "vitest"
import { flaggedShoppers, isCardRequired } from "./refusals"

describe("flaggedShoppers", () => {
  it("lists shoppers with two refused parcels or more, most first", () => {
    const amina = { id: "cus_a", email: "amina@example.ma", metadata: { card_required: true } }
    const omar = { id: "cus_o", email: "omar@example.ma" }
    const sara = { id: "cus_s", email: "sara@example.ma" }
    const orders = [
      { id: "o1", customer: amina },
      { id: "o2", customer: amina },
      { id: "o3", customer: omar },
      { id: "o4", customer: sara },
    ]
    const flagged = flaggedShoppers(["o1", "o2", "o2", "o3", "o3", "o4", "o_unknown"], orders)
    expect(flagged.map((row) => [row.customer_id, row.refused_parts, row.card_required])).toEqual([
      ["cus_a", 3, true],
      ["cus_o", 2, false],
    ])
  })

  it("reads the card requirement only from a true flag", () => {
    expect(isCardRequired({ card_required: "yes" })).toBe(false)
    expect(isCardRequired(null)).toBe(false)
  })
})

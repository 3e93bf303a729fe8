import { describe, expect, it } from "vitest"
import { planVariantChanges, stockByVariant, toProductData } from "./vendor-product-input"

describe("toProductData", () => {
  const body = {
    title: { ar: "زيت أركان", en: "Argan oil" },
    description: { fr: "Pressée à froid" },
    category_id: "pcat_1",
    images: ["http://x/a.png", "http://x/b.png"],
    handmade: { materials: ["argan"], made_to_order: false, lead_time_days: 5, one_of_a_kind: false },
    option_title: "Contenance",
    variants: [{ title: "250 ml", price_mad: 120, price_eur: 14, stock: 3 }],
  }

  it("maps the portal body to product fields, French or first language as base", () => {
    const data = toProductData(body)
    expect(data.title).toBe("زيت أركان")
    expect(data.description).toBe("Pressée à froid")
    expect(data.thumbnail).toBe("http://x/a.png")
    expect(data.category_ids).toEqual(["pcat_1"])
    expect(data.metadata).toEqual({
      materials: ["argan"],
      technique: null,
      made_to_order: false,
      lead_time_days: null,
      one_of_a_kind: false,
    })
    expect(data.options).toEqual([{ title: "Contenance", values: ["250 ml"] }])
    expect((data.variants as any[])[0].prices).toEqual([
      { currency_code: "mad", amount: 120 },
      { currency_code: "eur", amount: 14 },
    ])
  })

  it("on update, touches only what is given and keeps staff metadata", () => {
    const data = toProductData(
      { handmade: body.handmade },
      { options: [{ id: "opt_1", title: "Contenance" }], metadata: { rejection_reason: "Photo floue" } }
    )
    expect(Object.keys(data).sort()).toEqual(["material", "metadata"])
    expect((data.metadata as any).rejection_reason).toBe("Photo floue")
  })

  it("on update, edits saved variants under the saved option's name and leaves new ones to create", () => {
    const existing = { options: [{ id: "opt_1", title: "Contenance" }], metadata: null }
    const data = toProductData(
      {
        option_title: "Taille",
        variants: [
          { ...body.variants[0], id: "v1", title: "0,25 l" },
          { ...body.variants[0], title: "1 l" },
        ],
      },
      existing
    )
    expect(data.options).toBeUndefined()
    expect(data.variants).toEqual([
      expect.objectContaining({ id: "v1", title: "0,25 l", options: { Contenance: "0,25 l" } }),
    ])
    expect((data.variants as any[])[0]).not.toHaveProperty("manage_inventory")
  })
})

describe("planVariantChanges", () => {
  const variant = { title: "250 ml", price_mad: 120, price_eur: 14, stock: 3 }
  const existing = { options: [{ values: [{ value: "250 ml" }, { value: "500 ml" }] }] }

  it("needs nothing to keep or edit saved variants", () => {
    expect(planVariantChanges({ variants: [{ ...variant, id: "v1" }] }, existing)).toEqual({
      new_values: [],
      to_create: [],
    })
  })

  it("adds a value for a renamed variant and for a new one, and creates the new one", () => {
    const renamed = { ...variant, id: "v1", title: "0,25 l" }
    const added = { ...variant, title: "1 l" }
    expect(planVariantChanges({ variants: [renamed, added] }, existing)).toEqual({
      new_values: ["0,25 l", "1 l"],
      to_create: [added],
    })
  })

  it("reuses a value the product already has (a variant removed, then added again)", () => {
    expect(planVariantChanges({ variants: [{ ...variant, title: "500 ml" }] }, existing).new_values).toEqual(
      []
    )
  })
})

describe("stockByVariant", () => {
  it("matches by id, else by title", () => {
    const saved = [
      { id: "v1", title: "A" },
      { id: "v2", title: "B" },
    ]
    expect(
      stockByVariant(
        {
          variants: [
            { id: "v1", title: "A2", price_mad: 1, price_eur: 1, stock: 4 },
            { title: "B", price_mad: 1, price_eur: 1, stock: 7 },
          ],
        },
        saved
      )
    ).toEqual([
      { variant_id: "v1", quantity: 4 },
      { variant_id: "v2", quantity: 7 },
    ])
  })
})

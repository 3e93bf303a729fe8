import { describe, expect, it } from "vitest"
import { normalizeSynonymGroups } from "./expand-synonyms"
import { toProductSearchDocument, type ProductSearchRow } from "./product-search-document"
import { SEARCH_SYNONYMS } from "./synonyms"

const row: ProductSearchRow = {
  id: "prod_1",
  handle: "tapis-azilal",
  status: "published",
  title: "Tapis d'Azilal en laine",
  description: "Noué à la main.",
  thumbnail: "http://x/t.png",
  material: "laine, coton",
  metadata: { materials: ["laine", "coton"] },
  created_at: "2026-01-02T03:04:05.000Z",
  sales_channels: [{ id: "sc_1" }],
  categories: [{ id: "pcat_1", handle: "rugs-textiles", name: "Tapis et textiles" }],
  tags: [{ value: "fait main" }],
  vendor: {
    handle: "azilal",
    name: "Coopérative Azilal",
    region: "Béni Mellal-Khénifra",
    status: "suspended",
  },
  variants: [
    {
      manage_inventory: true,
      allow_backorder: false,
      prices: [
        { amount: 2400, currency_code: "mad" },
        { amount: 1900, currency_code: "mad", price_list_id: "plist_1" },
        { amount: 220, currency_code: "eur" },
      ],
      inventory_items: [
        {
          required_quantity: 1,
          inventory: { location_levels: [{ stocked_quantity: 1, reserved_quantity: 1 }] },
        },
      ],
    },
    {
      manage_inventory: true,
      prices: [{ amount: 1800, currency_code: "mad" }],
      inventory_items: [
        {
          required_quantity: 1,
          inventory: { location_levels: [{ stocked_quantity: 2, reserved_quantity: 0 }] },
        },
      ],
    },
  ],
}

const translations = {
  product: new Map([["prod_1", { title: { ar: "زربية أزيلال من الصوف", en: "Azilal wool rug" } }]]),
  category: new Map([["pcat_1", { name: { ar: "زرابي ومنسوجات", en: "Rugs and textiles" } }]]),
}

describe("toProductSearchDocument", () => {
  const document = toProductSearchDocument(row, translations, normalizeSynonymGroups(SEARCH_SYNONYMS))

  it("keeps display fields in three languages and the facet values", () => {
    expect(document).toMatchObject({
      id: "prod_1",
      title_fr: "Tapis d'Azilal en laine",
      title_ar: "زربية أزيلال من الصوف",
      title_en: "Azilal wool rug",
      category_handles: ["rugs-textiles"],
      materials: ["laine", "coton"],
      vendor_region: "Béni Mellal-Khénifra",
      vendor_status: "suspended",
      sales_channel_ids: ["sc_1"],
    })
  })

  it("takes the lowest catalogue price per currency, ignoring price lists", () => {
    expect(document.price_mad).toBe(1800)
    expect(document.price_eur).toBe(220)
  })

  it("is in stock when one variant has an unreserved unit", () => {
    expect(document.in_stock).toBe(true)
  })

  it("matches on normalised text with cross-language synonyms", () => {
    expect(document.title_search).toBe("tapis azilal en laine زربيه ازيلال من صوف azilal wool rug")
    expect(document.text_search).toContain("زرابي")
    expect(document.text_search).toContain("carpet")
    expect(document.text_search).toContain("noue a la main")
  })

  it("carries the published rating, none for a product never rated", () => {
    expect(document).toMatchObject({ rating_average: null, rating_count: 0 })
    const rated = toProductSearchDocument(
      row,
      translations,
      [],
      new Map([["prod_1", { average: 4.5, count: 2 }]])
    )
    expect(rated).toMatchObject({ rating_average: 4.5, rating_count: 2 })
  })
})

import { describe, expect, it } from "vitest"
import { toMeilisearchSettings, toMeilisearchSynonyms } from "./settings"

const definition = {
  fields: {
    id: { type: "keyword", filterable: true },
    handle: { type: "keyword" },
    vendor_region: { type: "keyword", filterable: true, facetable: true },
    materials: { type: "keyword", array: true, facetable: true },
    price_mad: { type: "float", filterable: true, sortable: true, facetable: true },
    text_search: { type: "text", searchable: { weight: 1 }, retrievable: false },
    title_search: { type: "text", searchable: { weight: 3 }, retrievable: false },
  },
  settings: {
    typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
  },
} as any

describe("toMeilisearchSettings", () => {
  const settings = toMeilisearchSettings(definition, {
    synonyms: [["Tapis", "rug", "زربية"]],
    normalize: (text) => text.toLowerCase(),
  })

  it("orders searchable attributes by weight, heaviest first", () => {
    expect(settings.searchableAttributes).toEqual(["title_search", "text_search"])
  })

  it("makes facets filterable and hides index-only fields", () => {
    expect(settings.filterableAttributes).toEqual(["id", "vendor_region", "price_mad", "materials"])
    expect(settings.sortableAttributes).toEqual(["price_mad"])
    expect(settings.displayedAttributes).toEqual(["id", "handle", "vendor_region", "materials", "price_mad"])
  })

  it("carries typo tolerance and the shared synonyms", () => {
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    })
    expect(settings.synonyms.tapis).toEqual(["rug", "زربية"])
    expect(settings.synonyms["زربية"]).toEqual(["tapis", "rug"])
  })
})

describe("toMeilisearchSynonyms", () => {
  it("merges groups that share a word and drops duplicates after normalising", () => {
    const synonyms = toMeilisearchSynonyms(
      [
        ["Argan", "argan", "أركان"],
        ["argan", "argane"],
      ],
      (text) => text.toLowerCase()
    )
    expect(synonyms.argan).toEqual(["أركان", "argane"])
    expect(synonyms.argane).toEqual(["argan"])
  })
})

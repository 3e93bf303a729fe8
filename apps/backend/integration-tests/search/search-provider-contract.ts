import type { SearchTypes } from "@medusajs/framework/types"
import { normalizeSynonymGroups } from "../../src/lib/search/expand-synonyms"
import { toProductSearchDocument, type ProductSearchRow } from "../../src/lib/search/product-search-document"
import { SEARCH_SYNONYMS } from "../../src/lib/search/synonyms"
import { productSearchFields } from "../../src/lib/search/product-search-fields"

type Provider = SearchTypes.ISearchProvider

const CATALOGUE: [string, string, string, string, string, number, string[]][] = [
  // handle, fr, ar, en, region, price, materials
  [
    "huile-argan",
    "Huile d'argan cosmétique",
    "زيت الأركان التجميلي",
    "Cosmetic argan oil",
    "Souss-Massa",
    120,
    ["huile d'argan"],
  ],
  [
    "tapis-azilal",
    "Tapis berbère d'Azilal",
    "زربية أمازيغية من أزيلال",
    "Azilal Berber rug",
    "Béni Mellal-Khénifra",
    2400,
    ["laine"],
  ],
  [
    "tajine-safi",
    "Tajine de Safi peint à la main",
    "طاجين آسفي مرسوم باليد",
    "Hand-painted Safi tagine",
    "Marrakech-Safi",
    350,
    ["argile"],
  ],
  ["safran-taliouine", "Safran de Taliouine", "زعفران تالوين", "Taliouine saffron", "Souss-Massa", 90, []],
  [
    "babouches-cuir",
    "Babouches en cuir de chèvre",
    "بلغة من جلد الماعز",
    "Goat leather slippers",
    "Fès-Meknès",
    280,
    ["cuir de chèvre"],
  ],
]

export function contractDocuments() {
  const groups = normalizeSynonymGroups(SEARCH_SYNONYMS)
  return CATALOGUE.map(([handle, fr, ar, en, region, price, materials], i) => {
    const row: ProductSearchRow = {
      id: `prod_contract_${i}`,
      handle,
      status: i === 4 ? "draft" : "published",
      title: fr,
      created_at: new Date(Date.UTC(2026, 0, i + 1)),
      material: materials.join(", "),
      metadata: { materials },
      sales_channels: [{ id: "sc_1" }],
      vendor: { handle: `coop-${i}`, name: `Coopérative ${i}`, region, status: "approved" },
      variants: [{ manage_inventory: false, prices: [{ amount: price, currency_code: "mad" }] }],
    }
    return toProductSearchDocument(
      row,
      { product: new Map([[row.id, { title: { ar, en } }]]), category: new Map() },
      groups
    )
  })
}

export function contractDefinition(physicalName: string): SearchTypes.ResolvedSearchIndexDefinition {
  return {
    name: "product",
    entity: "product",
    primary_key: "id",
    provider: "contract",
    physical_name: physicalName,
    definition_hash: "contract",
    fields: productSearchFields.toFields(),
    settings: {
      typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
    },
    seed: async function* () {},
  }
}

/**
 * What every search provider of the bazaar must do with the same documents: find the three
 * languages whatever the spelling, filter, facet, sort and forget. Run against PostgreSQL in every
 * test run and against Meilisearch when MEILISEARCH_HOST is set.
 */
export function describeSearchProviderContract(
  name: string,
  setup: () => Promise<{ provider: Provider; teardown?: () => Promise<void> }>
) {
  describe(`search provider contract: ${name}`, () => {
    let provider: Provider
    let teardown: (() => Promise<void>) | undefined
    const physical = `contract_${Date.now().toString(36)}`
    const definition = contractDefinition(physical)
    const settle = async (task: SearchTypes.SearchTask) =>
      provider.waitForTask ? provider.waitForTask(task) : task

    const search = (q: string | undefined, extra: Partial<SearchTypes.ProviderSearchQuery> = {}) =>
      provider.search({
        index: definition,
        q,
        filters: { status: "published" },
        attributes_to_retrieve: ["id", "handle", "price_mad", "vendor_region"],
        pagination: { take: 3 },
        ...extra,
      })
    const handles = async (q: string, extra: Partial<SearchTypes.ProviderSearchQuery> = {}) =>
      (await search(q, extra)).hits.map((hit) => hit.document.handle)

    beforeAll(async () => {
      ;({ provider, teardown } = await setup())
      await settle(await provider.upsertIndex({ index: definition }))
      await settle(
        await provider.upsertDocuments({ index: physical, definition, documents: contractDocuments() })
      )
    })

    afterAll(async () => {
      await provider?.deleteIndex({ index: physical }).catch(() => undefined)
      await teardown?.()
    })

    it.each([
      ["زيت الاركان", "huile-argan"],
      ["زَيْتُ الأرْكان", "huile-argan"],
      ["tapis berbere", "tapis-azilal"],
      ["طاجين اسفي", "tajine-safi"],
      ["rug", "tapis-azilal"],
      ["tagine", "tajine-safi"],
      ["saffron", "safran-taliouine"],
      ["زربيه", "tapis-azilal"],
      ["safrann", "safran-taliouine"],
      ["huile dargan", "huile-argan"],
    ])("finds %s", async (q, handle) => {
      expect(await handles(q)).toContain(handle)
    })

    it("keeps to the filters (a draft is never found)", async () => {
      expect(await handles("babouches")).toEqual([])
      expect(
        await handles("argan", { filters: { status: "published", vendor_region: "Marrakech-Safi" } })
      ).toEqual([])
    })

    it("counts value and range facets over the matches", async () => {
      const result = await search(undefined, {
        pagination: { take: 0 },
        search_options: {
          facets: [
            "vendor_region",
            {
              field: "price_mad",
              type: "range",
              ranges: [
                { key: "low", to: 200 },
                { key: "high", from: 200 },
              ],
            },
          ],
        },
      })
      expect(result.metadata.count).toBe(4)
      const regions = (result.facets!.vendor_region as { values: { value: string; count: number }[] }).values
      expect(regions).toContainEqual({ value: "Souss-Massa", count: 2 })
      const ranges = (result.facets!.price_mad as { ranges: { key: string; count: number }[] }).ranges
      expect(ranges.map((range) => [range.key, range.count])).toEqual([
        ["low", 2],
        ["high", 2],
      ])
    })

    it("sorts by price", async () => {
      const result = await search(undefined, { pagination: { take: 10, order: { price_mad: "DESC" } } })
      expect(result.hits.map((hit) => hit.document.price_mad)).toEqual([2400, 350, 120, 90])
    })

    it("forgets deleted documents", async () => {
      await settle(await provider.deleteDocuments({ index: physical, filters: { id: ["prod_contract_3"] } }))
      expect(await handles("safran")).toEqual([])
      await settle(await provider.clearIndex({ index: physical }))
      expect((await search(undefined)).metadata.count).toBe(0)
    })
  })
}

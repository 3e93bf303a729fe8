import { describe, expect, it } from "vitest"
import { fromMeilisearchResults, toMeilisearchQueries } from "./query"

const input = {
  index: { name: "product", physical_name: "product_v3", primary_key: "id", settings: {}, fields: {} },
  q: "Zَيت الأركان",
  filters: { status: "published" },
  pagination: { skip: 12, take: 12, order: { price_mad: "ASC" as const } },
  attributes_to_retrieve: ["id", "handle"],
  search_options: {
    match_strategy: "any" as const,
    include_score: true,
    facets: [
      "vendor_region",
      { field: "price_mad", type: "range" as const, ranges: [{ key: "low", to: 100 }, { from: 100 }] },
    ],
  },
} as any

describe("toMeilisearchQueries", () => {
  const plan = toMeilisearchQueries(input, (text) => text.toLowerCase())

  it("translates text, filters, page, sort, facets and matching", () => {
    expect(plan.main).toMatchObject({
      indexUid: "product_v3",
      q: "zَيت الأركان",
      filter: 'status = "published"',
      offset: 12,
      limit: 12,
      sort: ["price_mad:asc"],
      facets: ["vendor_region"],
      attributesToRetrieve: ["id", "handle"],
      matchingStrategy: "frequency",
      showRankingScore: true,
    })
  })

  it("counts each price range with a filtered, hit-less search", () => {
    expect(plan.rangeQueries.map((entry) => [entry.key, entry.query.filter, entry.query.limit])).toEqual([
      ["low", '(status = "published") AND (price_mad < 100)', 0],
      ["100-*", '(status = "published") AND (price_mad >= 100)', 0],
    ])
  })

  it("rejects vector search and cursors", () => {
    expect(() => toMeilisearchQueries({ ...input, search_options: { vector: { value: [1] } } })).toThrow(
      /vector/
    )
    expect(() => toMeilisearchQueries({ ...input, pagination: { cursor: "x" } })).toThrow(/cursor/)
  })
})

describe("fromMeilisearchResults", () => {
  it("maps hits, value and range facets and counts", () => {
    const plan = toMeilisearchQueries(input)
    const result = fromMeilisearchResults(
      input,
      plan,
      {
        hits: [{ id: "prod_1", handle: "tapis", _rankingScore: 0.9 }],
        estimatedTotalHits: 30,
        facetDistribution: { vendor_region: { "Souss-Massa": 2, Oriental: 5 } },
        processingTimeMs: 3,
      },
      [
        { hits: [], estimatedTotalHits: 10 },
        { hits: [], estimatedTotalHits: 20 },
      ]
    )
    expect(result.hits).toEqual([{ id: "prod_1", score: 0.9, document: { id: "prod_1", handle: "tapis" } }])
    expect(result.facets?.vendor_region).toEqual({
      type: "value",
      values: [
        { value: "Oriental", count: 5 },
        { value: "Souss-Massa", count: 2 },
      ],
    })
    expect(result.facets?.price_mad).toEqual({
      type: "range",
      ranges: [
        { key: "low", from: undefined, to: 100, count: 10 },
        { key: "100-*", from: 100, to: undefined, count: 20 },
      ],
    })
    expect(result.metadata).toMatchObject({ skip: 12, take: 12, count: 30, processing_time_ms: 3 })
  })
})

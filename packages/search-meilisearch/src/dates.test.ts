import { describe, expect, it } from "vitest"
import { dateFieldPaths, fromMeilisearchDocument, toMeilisearchDocument, toTimestamp } from "./dates"
import { toMeilisearchFilter } from "./filters"
import { fromMeilisearchResults, toMeilisearchQueries } from "./query"

const fields = {
  id: { type: "keyword", filterable: true },
  created_at: { type: "date", filterable: true, sortable: true },
  vendor: { type: "object", fields: { approved_at: { type: "date" }, name: { type: "keyword" } } },
} as any

describe("dates in Meilisearch", () => {
  it("finds the index's date fields, nested ones too", () => {
    expect([...dateFieldPaths(fields)]).toEqual(["created_at", "vendor.approved_at"])
  })

  it("stores dates as seconds since the epoch, so they sort and compare as numbers", () => {
    const stored = toMeilisearchDocument(
      {
        id: "prod_1",
        created_at: "2026-11-30T10:00:00.000Z",
        vendor: { approved_at: new Date("2026-01-01T00:00:00Z"), name: "Tifawin" },
      },
      dateFieldPaths(fields)
    )
    expect(stored).toEqual({
      id: "prod_1",
      created_at: 1796032800,
      vendor: { approved_at: 1767225600, name: "Tifawin" },
    })
    expect(toTimestamp("not a date")).toBe("not a date")
    expect(toTimestamp(null)).toBe(null)
  })

  it("gives documents back with ISO dates, as the PostgreSQL provider does", () => {
    expect(
      fromMeilisearchDocument({ id: "prod_1", created_at: 1796032800 }, new Set(["created_at"]))
    ).toEqual({
      id: "prod_1",
      created_at: "2026-11-30T10:00:00.000Z",
    })
  })

  it("compares date filters with timestamps, and leaves other fields alone", () => {
    const dates = dateFieldPaths(fields)
    expect(
      toMeilisearchFilter({ created_at: { $gte: "2026-11-30T10:00:00.000Z" }, id: "2026-11-30" }, dates)
    ).toBe('created_at >= 1796032800 AND id = "2026-11-30"')
    expect(
      toMeilisearchFilter(
        { $or: [{ created_at: "2026-01-01T00:00:00Z" }, { created_at: { $in: [new Date(0)] } }] },
        dates
      )
    ).toBe("((created_at = 1767225600) OR (created_at IN [0]))")
  })

  it("sorts by created_at and returns hits with ISO dates", () => {
    const input = {
      index: { name: "product", physical_name: "product_v1", primary_key: "id", settings: {}, fields },
      q: "tapis",
      filters: { created_at: { $lt: "2026-11-30T10:00:00.000Z" } },
      pagination: { take: 2, order: { created_at: "DESC" as const } },
      attributes_to_retrieve: [],
      search_options: {},
    } as any
    const plan = toMeilisearchQueries(input)
    expect(plan.main).toMatchObject({ filter: "created_at < 1796032800", sort: ["created_at:desc"] })
    const result = fromMeilisearchResults(
      input,
      plan,
      { hits: [{ id: "prod_2", created_at: 1796029200 }], estimatedTotalHits: 1 },
      []
    )
    expect(result.hits[0].document).toEqual({ id: "prod_2", created_at: "2026-11-30T09:00:00.000Z" })
  })
})

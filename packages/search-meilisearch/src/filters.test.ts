import { describe, expect, it } from "vitest"
import { filterValue, toMeilisearchFilter } from "./filters"

describe("toMeilisearchFilter", () => {
  it("compiles equality, lists, ranges and logic", () => {
    expect(
      toMeilisearchFilter({
        status: "published",
        sales_channel_ids: ["sc_1", "sc_2"],
        price_mad: { $gte: 100, $lt: 500 },
        $or: [{ vendor_region: "Souss-Massa" }, { in_stock: true }],
        $not: { materials: { $in: ["argile"] } },
      })
    ).toBe(
      'status = "published" AND sales_channel_ids IN ["sc_1", "sc_2"] AND price_mad >= 100 AND price_mad < 500 AND ((vendor_region = "Souss-Massa") OR (in_stock = true)) AND NOT (materials IN ["argile"])'
    )
  })

  it("lifts nothing from q and handles null and existence", () => {
    expect(
      toMeilisearchFilter({ q: "argan", thumbnail: null, handle: { $exists: true }, tags: { $nin: ["x"] } })
    ).toBe('thumbnail IS NULL AND handle EXISTS AND tags NOT IN ["x"]')
  })

  it("escapes values instead of splicing them in", () => {
    expect(filterValue('a" OR id EXISTS OR x = "')).toBe('"a\\" OR id EXISTS OR x = \\""')
    expect(toMeilisearchFilter({ vendor_handle: 'x"\\' })).toBe('vendor_handle = "x\\"\\\\"')
  })

  it("refuses what Meilisearch cannot express, and odd field names", () => {
    expect(() => toMeilisearchFilter({ handle: { $like: "arg" } })).toThrow(/\$like/)
    expect(() => toMeilisearchFilter({ "price OR 1": 1 })).toThrow(/field names/)
  })
})

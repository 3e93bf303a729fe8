import { describe, expect, it } from "vitest"
import {
  monthsBetween,
  moroccanMonthStart,
  nextMonth,
  reportMonth,
  salesReport,
  type SoldLine,
} from "./sales-report"

const line = (overrides: Partial<SoldLine>): SoldLine => ({
  channel: "online",
  sale_id: "vord_1",
  vendor_id: "v1",
  product_id: "p1",
  title: "Huile d'argan",
  quantity: 1,
  total: "100",
  sold_at: new Date("2026-05-10T10:00:00Z"),
  placed_at: new Date("2026-05-07T10:00:00Z"),
  ...overrides,
})

const inputs = (lines: SoldLine[]) => ({
  // midnight in Morocco (UTC+1), where months begin
  from: new Date("2026-03-31T23:00:00Z"),
  to: new Date("2026-06-30T23:00:00Z"),
  lines,
  vendors: {
    v1: { name: "Tifawin", region: "Souss-Massa" },
    v2: { name: "Tamount", region: "Drâa-Tafilalet" },
  },
  categories: { p1: "Huiles", p2: "Tapis" },
  refusals: { delivered: 3, refused: 1 },
})

describe("salesReport", () => {
  const report = salesReport(
    inputs([
      line({ quantity: 2, total: "0.1" }),
      line({ sale_id: "vord_1", product_id: "p2", title: "Tapis", total: "0.2" }),
      line({
        sale_id: "vord_2",
        vendor_id: "v2",
        product_id: "p2",
        title: "Tapis",
        total: "900",
        sold_at: new Date("2026-06-02T10:00:00Z"),
        placed_at: new Date("2026-06-01T10:00:00Z"),
      }),
      line({ channel: "at_events", sale_id: "stsale_1", quantity: 3, total: "45.5", placed_at: undefined }),
    ])
  )

  it("adds amounts exactly, online apart from the stands", () => {
    expect(report.totals).toEqual({ online: 900.3, at_events: 45.5, online_orders: 2, stand_sales: 1 })
  })

  it("has every month of the window, zero when nothing sold", () => {
    expect(report.by_month).toEqual([
      { key: "2026-04", label: "2026-04", online: 0, at_events: 0 },
      { key: "2026-05", label: "2026-05", online: 0.3, at_events: 45.5 },
      { key: "2026-06", label: "2026-06", online: 900, at_events: 0 },
    ])
  })

  it("ranks cooperatives, regions and categories by what they sold", () => {
    expect(report.by_cooperative.map((row) => [row.label, row.online, row.at_events])).toEqual([
      ["Tamount", 900, 0],
      ["Tifawin", 0.3, 45.5],
    ])
    expect(report.by_region[0].key).toBe("Drâa-Tafilalet")
    expect(report.by_category.map((row) => row.key)).toEqual(["Tapis", "Huiles"])
  })

  it("puts the product sold most first, counting units online and at the stand", () => {
    expect(report.top_products[0]).toEqual({ key: "p1", label: "Huile d'argan", units: 5, amount: 45.6 })
  })

  it("averages delivery days per part and gives the refusal rate", () => {
    // part 1: 3 days, part 2: 1 day
    expect(report.delivery).toEqual({ parts: 2, average_days: 2 })
    expect(report.refusals).toEqual({ delivered: 3, refused: 1, rate: 0.25 })
  })

  it("says nothing rather than zero when there is no delivery or refusal to measure", () => {
    const empty = salesReport({ ...inputs([]), refusals: { delivered: 0, refused: 0 } })
    expect(empty.delivery.average_days).toBeNull()
    expect(empty.refusals.rate).toBeNull()
    expect(empty.top_products).toEqual([])
  })
})

describe("months", () => {
  it("are Moroccan months", () => {
    expect(reportMonth(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07")
  })

  it("run from the window's first to its last, across a year", () => {
    expect(monthsBetween(new Date("2025-11-15T00:00:00Z"), new Date("2026-01-31T23:00:00Z"))).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
    ])
  })
})

describe("moroccanMonthStart", () => {
  it("is midnight in Morocco on the month's first day", () => {
    expect(moroccanMonthStart("2026-06").toISOString()).toBe("2026-05-31T23:00:00.000Z")
    expect(nextMonth("2026-12")).toBe("2027-01")
  })
})

import { describe, expect, it } from "vitest"
import { SalesReportParams, salesReportWindow } from "./sales-report"

const now = new Date("2026-12-05T10:00:00Z")

describe("salesReportWindow", () => {
  it("is the last twelve months by default, this one included", () => {
    expect(salesReportWindow(SalesReportParams.parse({}), now)).toEqual({
      from: "2026-01",
      to: "2026-12",
      currency_code: "mad",
      vendor_id: undefined,
    })
    expect(salesReportWindow(SalesReportParams.parse({ to: "2026-02" }), now, "vend_1")).toMatchObject({
      from: "2025-03",
      to: "2026-02",
      vendor_id: "vend_1",
    })
  })

  it("refuses a window that runs backwards or spans more than three years, saying why", () => {
    expect(() => salesReportWindow(SalesReportParams.parse({ from: "2026-05", to: "2026-04" }), now)).toThrow(
      /comes after its last/
    )
    expect(() => salesReportWindow(SalesReportParams.parse({ from: "2020-01", to: "2026-04" }), now)).toThrow(
      /at most 36 months/
    )
  })

  it("takes months only", () => {
    expect(SalesReportParams.safeParse({ from: "2026-13" }).success).toBe(false)
    expect(SalesReportParams.safeParse({ from: "2026-1" }).success).toBe(false)
    expect(SalesReportParams.safeParse({ currency_code: "usd" }).success).toBe(false)
  })
})

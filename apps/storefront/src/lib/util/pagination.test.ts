import { describe, expect, it } from "vitest"
import { isPageOutOfRange, pageHref, paginate, parsePage } from "./pagination"

describe("parsePage", () => {
  it("accepts positive integers only", () => {
    expect(parsePage("3")).toBe(3)
    expect(parsePage(undefined)).toBe(1)
    expect(parsePage("0")).toBe(1)
    expect(parsePage("-2")).toBe(1)
    expect(parsePage("2.5")).toBe(1)
    expect(parsePage("abc")).toBe(1)
    expect(parsePage(["4", "5"])).toBe(4)
  })
})

describe("paginate", () => {
  it("computes offset and neighbours", () => {
    expect(paginate(30, 1, 12)).toEqual({
      page: 1,
      totalPages: 3,
      offset: 0,
      limit: 12,
      hasPrev: false,
      hasNext: true,
    })
    const last = paginate(30, 3, 12)
    expect(last.offset).toBe(24)
    expect(last.hasPrev).toBe(true)
    expect(last.hasNext).toBe(false)
  })

  it("has one page for an empty or exact list", () => {
    expect(paginate(0, 1, 12).totalPages).toBe(1)
    expect(paginate(12, 1, 12).hasNext).toBe(false)
    expect(paginate(13, 1, 12).hasNext).toBe(true)
  })

  it("flags pages past the end", () => {
    expect(isPageOutOfRange(paginate(30, 4, 12))).toBe(true)
    expect(isPageOutOfRange(paginate(0, 1, 12))).toBe(false)
  })
})

describe("pageHref", () => {
  it("omits page 1 and keeps filters", () => {
    expect(pageHref("/fr/cooperatives", 1)).toBe("/fr/cooperatives")
    expect(pageHref("/fr/categories/pottery", 2)).toBe("/fr/categories/pottery?page=2")
    expect(
      pageHref("/fr/cooperatives", 2, {
        region: "Souss-Massa",
        other: undefined,
      })
    ).toBe("/fr/cooperatives?region=Souss-Massa&page=2")
  })
})

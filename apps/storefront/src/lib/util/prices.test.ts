import { describe, expect, it } from "vitest"
import { cheapestPrice } from "./prices"

const priced = (id: string, amount: number | null, currency_code: string | null = "mad") => ({
  id,
  calculated_price: { calculated_amount: amount, currency_code },
})

describe("cheapestPrice", () => {
  it("returns the single price", () => {
    expect(cheapestPrice([priced("a", 120)])).toEqual({
      amount: 120,
      currencyCode: "mad",
      isRange: false,
    })
  })

  it("returns the lowest price and flags a range", () => {
    expect(cheapestPrice([priced("a", 250), priced("b", 90), priced("c", 120)])).toEqual({
      amount: 90,
      currencyCode: "mad",
      isRange: true,
    })
  })

  it("ignores variants without a price in the region", () => {
    expect(cheapestPrice([priced("a", null), priced("b", 12.5, "eur")])?.amount).toBe(12.5)
    expect(cheapestPrice([{ id: "a" }])).toBeNull()
    expect(cheapestPrice(undefined)).toBeNull()
  })
})

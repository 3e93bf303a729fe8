import { describe, expect, it } from "vitest"
import { isCurrency, pickRegion, resolveCurrency } from "./currency"

const regions = [
  { id: "reg_ma", name: "Maroc", currency_code: "mad" },
  { id: "reg_eu", name: "Europe", currency_code: "eur" },
]

describe("resolveCurrency", () => {
  it("keeps an explicit valid choice", () => {
    expect(resolveCurrency("eur", "MA")).toBe("eur")
    expect(resolveCurrency("mad", "FR")).toBe("mad")
  })

  it("defaults to euros in the euro area and dirhams elsewhere", () => {
    expect(resolveCurrency(undefined, "fr")).toBe("eur")
    expect(resolveCurrency("usd", "BE")).toBe("eur")
    expect(resolveCurrency(undefined, "MA")).toBe("mad")
    expect(resolveCurrency(undefined, undefined)).toBe("mad")
  })

  it("validates currencies", () => {
    expect(isCurrency("mad")).toBe(true)
    expect(isCurrency("MAD")).toBe(false)
  })
})

describe("pickRegion", () => {
  it("matches the currency", () => {
    expect(pickRegion(regions, "eur")?.id).toBe("reg_eu")
    expect(pickRegion(regions, "mad")?.id).toBe("reg_ma")
  })

  it("falls back to the dirham region, then to any", () => {
    expect(pickRegion([regions[0]], "eur")?.id).toBe("reg_ma")
    expect(pickRegion([{ id: "x", name: "X", currency_code: "usd" }], "eur")?.id).toBe("x")
    expect(pickRegion([], "mad")).toBeUndefined()
  })
})

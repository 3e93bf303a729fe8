import { describe, expect, it } from "vitest"
import { commissionRateInForce } from "./commission-rates"

const rates = [
  { rate: 12, category_id: null, effective_from: "2026-01-01T00:00:00Z" },
  { rate: 8, category_id: null, effective_from: "2026-06-01T00:00:00Z" },
  { rate: 5, category_id: "pcat_rugs", effective_from: "2026-03-01T00:00:00Z" },
  { rate: 15, category_id: null, effective_from: "2027-01-01T00:00:00Z" },
]

describe("commissionRateInForce", () => {
  it("takes the cooperative's rate from before any history when none is in force yet", () => {
    expect(commissionRateInForce(rates, [], "2025-12-31T23:59:59Z", 10)).toBe(10)
    expect(commissionRateInForce([], ["pcat_rugs"], "2026-12-05T00:00:00Z", 10)).toBe(10)
    expect(commissionRateInForce(null, [], "2026-12-05T00:00:00Z", 10)).toBe(10)
  })

  it("takes the latest rate in force when the order was placed, never a future one", () => {
    expect(commissionRateInForce(rates, [], "2026-01-01T00:00:00Z", 10)).toBe(12)
    expect(commissionRateInForce(rates, [], "2026-05-31T23:59:59Z", 10)).toBe(12)
    expect(commissionRateInForce(rates, [], "2026-06-01T00:00:00Z", 10)).toBe(8)
    expect(commissionRateInForce(rates, [], "2026-12-31T00:00:00Z", 10)).toBe(8)
    expect(commissionRateInForce(rates, [], "2027-01-02T00:00:00Z", 10)).toBe(15)
  })

  it("prefers a rate for one of the product's categories", () => {
    expect(commissionRateInForce(rates, ["pcat_rugs"], "2026-12-05T00:00:00Z", 10)).toBe(5)
    expect(commissionRateInForce(rates, ["pcat_oils"], "2026-12-05T00:00:00Z", 10)).toBe(8)
    // before the category's rate starts, the cooperative's rate applies
    expect(commissionRateInForce(rates, ["pcat_rugs"], "2026-02-01T00:00:00Z", 10)).toBe(12)
  })
})

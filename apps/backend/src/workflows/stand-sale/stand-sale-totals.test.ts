import { describe, expect, it } from "vitest"
import { standSaleTotals } from "./stand-sale-totals"

const line = (unit_price: number, quantity: number) => ({
  variant_id: "variant_1",
  product_id: "prod_1",
  title: "Amlou",
  variant_title: null,
  sku: null,
  quantity,
  unit_price,
})

describe("standSaleTotals", () => {
  it("takes the cooperative's commission on the goods, to the cent", () => {
    const totals = standSaleTotals([line(120, 2), line(35.5, 1)], 12)
    expect(totals.lines.map((l) => l.total)).toEqual(["240", "35.5"])
    expect(totals.total).toBe("275.5")
    // 12 % of 275.50 = 33.06
    expect(totals.commission_amount).toBe("33.06")
    expect(totals.vendor_amount).toBe("242.44")
  })

  it("uses the default rate when the cooperative has none and rounds half up", () => {
    const totals = standSaleTotals([line(0.05, 1)], null)
    expect(totals.commission_rate).toBe("10")
    // 10 % of 0.05 = 0.005 → 0.01
    expect(totals.commission_amount).toBe("0.01")
    expect(totals.vendor_amount).toBe("0.04")
  })
})

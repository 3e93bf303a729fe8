import { describe, expect, it } from "vitest"
import { payoutsCsv } from "./payouts-csv"

describe("payoutsCsv", () => {
  it("writes one quoted line per transfer and defuses formulas", () => {
    const csv = payoutsCsv([
      {
        vendor_name: 'Coopérative "Tifawin"',
        rib: "011780000012345678901234",
        amount: 1234.5,
        currency_code: "mad",
        reference: "=HYPERLINK()",
        paid_at: "2026-11-30T10:00:00Z",
      },
    ])
    expect(csv.split("\r\n")[0]).toBe("vendor_name;rib;amount;currency;reference;paid_at")
    expect(csv.split("\r\n")[1]).toBe(
      '"Coopérative ""Tifawin""";"011780000012345678901234";1234.50;MAD;"\'=HYPERLINK()";2026-11-30'
    )
  })
})

import { describe, expect, it } from "vitest"
import { balanceOf, ledgerBalances } from "./ledger-balances"

describe("ledgerBalances", () => {
  it("sums per cooperative and currency without float drift", () => {
    const entries = [
      { vendor_id: "v1", currency_code: "mad", amount: 0.1 },
      { vendor_id: "v1", currency_code: "mad", amount: 0.2 },
      { vendor_id: "v1", currency_code: "mad", amount: -0.05 },
      { vendor_id: "v1", currency_code: "eur", amount: 10 },
      { vendor_id: "v2", currency_code: "mad", amount: 5 },
    ]
    const payouts = [{ vendor_id: "v1", currency_code: "mad", amount: 0.15 }]
    const balances = ledgerBalances(entries, payouts)
    expect(balances).toContainEqual({
      vendor_id: "v1",
      currency_code: "mad",
      earned: 0.25,
      paid: 0.15,
      balance: 0.1,
    })
    expect(balances).toContainEqual({
      vendor_id: "v1",
      currency_code: "eur",
      earned: 10,
      paid: 0,
      balance: 10,
    })
    expect(balances).toContainEqual({ vendor_id: "v2", currency_code: "mad", earned: 5, paid: 0, balance: 5 })
    expect(balanceOf(entries, payouts, "v1", "mad")).toBe("0.1")
    expect(balanceOf(entries, payouts, "v3", "mad")).toBe("0")
  })
})

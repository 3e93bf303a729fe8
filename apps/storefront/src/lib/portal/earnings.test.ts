import { describe, expect, it } from "vitest"
import { formatMoney } from "@/lib/util/money"
import type { VendorLedger } from "@/lib/types/custom-routes"
import { earningsSummary, movements } from "./earnings"

const ledger: VendorLedger = {
  balances: [
    { currency_code: "eur", earned: 20, paid: 0, balance: 20 },
    { currency_code: "mad", earned: 315, paid: 100.5, balance: 214.5 },
  ],
  pending: [{ currency_code: "mad", pending: 90, pending_cash: 60, orders: 2 }],
  entries: [
    {
      id: "lent_1",
      type: "sale",
      amount: 315,
      currency_code: "mad",
      vendor_order_id: "vord_1",
      created_at: "2026-11-20T10:00:00Z",
      vendor_order: { display_id: 1042, total: 350, commission_rate: 10, commission_amount: 35 },
    },
    {
      id: "lent_2",
      type: "cancellation",
      amount: -20,
      currency_code: "eur",
      vendor_order_id: "vord_2",
      created_at: "2026-11-25T10:00:00Z",
      vendor_order: null,
    },
  ],
  payouts: [
    {
      id: "vpay_1",
      amount: 100.5,
      currency_code: "mad",
      paid_at: "2026-11-22T09:00:00Z",
      reference: "VIR-1",
      method: "bank_transfer",
    },
  ],
}

describe("earningsSummary", () => {
  it("puts dirhams first with what is owed, pending and paid", () => {
    expect(earningsSummary(ledger)).toEqual([
      { currency_code: "mad", owed: 214.5, awaitingRemittance: 0, pending: 90, pendingCash: 60, paid: 100.5 },
      { currency_code: "eur", owed: 20, awaitingRemittance: 0, pending: 0, pendingCash: 0, paid: 0 },
    ])
  })

  it("shows zero dirhams to a cooperative with nothing yet", () => {
    expect(earningsSummary({ balances: [], pending: [] })).toEqual([
      { currency_code: "mad", owed: 0, awaitingRemittance: 0, pending: 0, pendingCash: 0, paid: 0 },
    ])
  })
})

describe("movements", () => {
  it("lists sales with their commission, cancellations and payouts, newest first", () => {
    const list = movements(ledger)
    expect(list.map((movement) => [movement.kind, movement.amount])).toEqual([
      ["cancellation", -20],
      ["payout", -100.5],
      ["sale", 315],
    ])
    expect(list[2]).toMatchObject({ orderNumber: "#1042", gross: 350, commission: 35 })
    expect(list[1]).toMatchObject({ reference: "VIR-1", method: "bank_transfer", note: null })
  })
})

describe("money in the member's language", () => {
  it("formats dirhams for French, Arabic and English", () => {
    expect(formatMoney(214.5, "mad", "fr").replace(/\s/g, " ")).toBe("214,50 MAD")
    expect(formatMoney(35, "mad", "en").replace(/\s/g, " ")).toBe("MAD 35")
    expect(formatMoney(35, "mad", "ar")).toMatch(/35|٣٥/)
    expect(formatMoney(-100.5, "mad", "fr").replace(/\s/g, " ")).toBe("-100,50 MAD")
  })
})

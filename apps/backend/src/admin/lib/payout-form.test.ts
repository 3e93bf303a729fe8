import { describe, expect, it } from "vitest"
import type { AdminLedgerBalance } from "../types"
import {
  emptyPayoutForm,
  parsePayoutForm,
  payableVendors,
  payoutFormFor,
  type PayoutFormValues,
} from "./payout-form"

const valid: PayoutFormValues = {
  vendor_id: "vend_1",
  currency_code: "mad",
  amount: "1 234,50",
  paid_at: "2026-11-30",
  reference: " VIR-2026-001 ",
  method: "bank_transfer",
  note: "",
}

describe("parsePayoutForm", () => {
  it("turns the typed values into the API's body", () => {
    expect(parsePayoutForm(valid)).toEqual({
      body: {
        vendor_id: "vend_1",
        currency_code: "mad",
        amount: 1234.5,
        paid_at: "2026-11-30",
        reference: "VIR-2026-001",
        method: "bank_transfer",
      },
    })
    expect(
      parsePayoutForm({ ...valid, amount: "100", method: "cash", note: " Remis à la trésorière " })
    ).toMatchObject({
      body: { amount: 100, method: "cash", note: "Remis à la trésorière" },
    })
  })

  it("names each field that needs fixing", () => {
    const result = parsePayoutForm({
      vendor_id: "",
      currency_code: "usd",
      amount: "1.005",
      paid_at: "",
      reference: " ",
      method: "paypal",
      note: "x".repeat(1001),
    })
    expect(Object.keys("errors" in result ? result.errors : {}).sort()).toEqual(
      ["amount", "currency_code", "method", "note", "paid_at", "reference", "vendor_id"].sort()
    )
    expect(parsePayoutForm({ ...valid, amount: "0" })).toEqual({ errors: { amount: expect.any(String) } })
    expect(parsePayoutForm({ ...valid, amount: "-5" })).toEqual({ errors: { amount: expect.any(String) } })
  })
})

const balance = (vendorId: string, currency: "mad" | "eur", owed: number): AdminLedgerBalance => ({
  vendor_id: vendorId,
  currency_code: currency,
  earned: owed,
  paid: 0,
  balance: owed,
  pending: 0,
  pending_cash: 0,
  awaiting_remittance: 0,
  vendor: { id: vendorId, name: `Coop ${vendorId}`, handle: vendorId, rib: null },
})

describe("payoutFormFor", () => {
  const today = new Date("2026-11-30T22:30:00Z")

  it("starts blank, in MAD by bank transfer, dated today (UTC)", () => {
    expect(emptyPayoutForm(today)).toEqual({
      vendor_id: "",
      currency_code: "mad",
      amount: "",
      paid_at: "2026-11-30",
      reference: "",
      method: "bank_transfer",
      note: "",
    })
  })

  it("fills the cooperative, currency and everything it is owed, and nothing when it is owed nothing", () => {
    expect(payoutFormFor(balance("vend_1", "eur", 42.5), today)).toMatchObject({
      vendor_id: "vend_1",
      currency_code: "eur",
      amount: "42.5",
      reference: "",
    })
    expect(payoutFormFor(balance("vend_1", "mad", 0), today).amount).toBe("")
  })
})

describe("payableVendors", () => {
  it("names each cooperative once, whatever its currencies, and skips rows without one", () => {
    const vendors = payableVendors([
      balance("vend_1", "mad", 10),
      balance("vend_1", "eur", 5),
      { ...balance("vend_2", "mad", 1), vendor: null },
    ])
    expect([...vendors.keys()]).toEqual(["vend_1"])
    expect(vendors.get("vend_1")?.name).toBe("Coop vend_1")
  })
})

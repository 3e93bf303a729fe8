import { describe, expect, it } from "vitest"
import { parsePayoutForm, type PayoutFormValues } from "./payout-form"

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

import { describe, expect, it } from "vitest"
import {
  codPaymentToCancel,
  isPartRefund,
  livePayment,
  partRefundNote,
  reversalEntries,
} from "./part-closing"

const COD = "pp_cod_cod"
const order = (payments: unknown[]) => ({ payment_collections: [{ payments }] }) as never

describe("livePayment", () => {
  it("skips canceled payments and tells whether anything was captured", () => {
    expect(
      livePayment(
        order([
          { id: "pay_old", provider_id: COD, canceled_at: "2026-12-01" },
          { id: "pay_1", provider_id: "pp_stripe_stripe", captures: [{ id: "capt_1" }] },
        ])
      )
    ).toEqual({ id: "pay_1", provider_id: "pp_stripe_stripe", captured: true })
    expect(livePayment(order([]))).toBeNull()
  })
})

describe("codPaymentToCancel", () => {
  const cod = { id: "pay_1", provider_id: COD, captured: false }
  it("keeps the payment while another part can still be delivered", () => {
    const parts = [
      { id: "a", status: "refused" },
      { id: "b", status: "shipped" },
    ]
    expect(codPaymentToCancel(cod, COD, parts, "a")).toBeNull()
  })
  it("cancels it once every part is closed and nothing was collected", () => {
    const parts = [
      { id: "a", status: "shipped" },
      { id: "b", status: "canceled" },
    ]
    expect(codPaymentToCancel(cod, COD, parts, "a")).toBe("pay_1")
    expect(codPaymentToCancel({ ...cod, captured: true }, COD, parts, "a")).toBeNull()
    expect(codPaymentToCancel({ ...cod, provider_id: "pp_stripe_stripe" }, COD, parts, "a")).toBeNull()
  })
})

describe("reversalEntries", () => {
  const part = { id: "vord_1", vendor_id: "vend_1", order_id: "order_1", currency_code: "mad", display_id: 7 }
  it("writes nothing for a part that credits nothing", () => {
    expect(reversalEntries(part, [], "refused by the shopper")).toEqual([])
    expect(
      reversalEntries(part, [{ vendor_order_id: "vord_2", amount: 50 }], "refused by the shopper")
    ).toEqual([])
  })
  it("brings what the part credits back to zero, once (the cancellation's reference)", () => {
    expect(
      reversalEntries(
        part,
        [
          { vendor_order_id: "vord_1", amount: 0, raw_amount: { value: "-12.5", precision: 20 } },
          { vendor_order_id: "vord_2", amount: 100 },
        ],
        "refused by the shopper"
      )
    ).toEqual([
      expect.objectContaining({
        amount: "12.5",
        type: "cancellation",
        reference: "cancellation:vord_1",
        description: "Order #7 refused by the shopper",
      }),
    ])
  })
})

describe("part refunds", () => {
  it("are told apart from refunds shared among parts by their note", () => {
    expect(isPartRefund(partRefundNote("vord_1"))).toBe(true)
    expect(isPartRefund("return_request:retreq_1")).toBe(true)
    expect(isPartRefund(null)).toBe(false)
    expect(isPartRefund("goodwill")).toBe(false)
  })
})

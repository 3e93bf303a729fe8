import { describe, expect, it } from "vitest"
import { allocateRefund, type RefundedPart } from "./refund-allocation"

const part = (
  id: string,
  total: number,
  vendor_amount: number,
  extra: Partial<RefundedPart> = {}
): RefundedPart => ({
  id,
  vendor_id: `vend_${id}`,
  order_id: "order_1",
  display_id: 12,
  currency_code: "mad",
  status: "pending",
  total,
  vendor_amount,
  ...extra,
})

describe("allocateRefund", () => {
  it("shares a refund in proportion to each part's total, less each part's commission", () => {
    // A: 300 goods (10% → 30) + 35 shipping; B: 100 goods (10% → 10)
    const entries = allocateRefund({ id: "ref_1", amount: 100 }, [part("a", 335, 305), part("b", 100, 90)])
    expect(entries.map((entry) => [entry.vendor_order_id, entry.amount, entry.reference])).toEqual([
      ["a", "-70.11", "refund:ref_1:a"],
      ["b", "-20.69", "refund:ref_1:b"],
    ])
  })

  it("gives the whole refund to one part, and the rounding remainder to the last", () => {
    expect(
      allocateRefund({ id: "ref_2", amount: 435 }, [part("a", 335, 305), part("b", 100, 90)]).map(
        (e) => e.amount
      )
    ).toEqual(["-305", "-90"])
    // 10 / 3 parts: 3.33 + 3.33 + 3.34, each owed back in full (no commission)
    const thirds = allocateRefund({ id: "ref_3", amount: 10 }, [
      part("a", 1, 1),
      part("b", 1, 1),
      part("c", 1, 1),
    ])
    expect(thirds.map((entry) => entry.amount)).toEqual(["-3.33", "-3.33", "-3.34"])
  })

  it("charges a cash-on-delivery refund to the parts whose cash was collected, never to canceled parts", () => {
    const entries = allocateRefund({ id: "ref_4", amount: 50 }, [
      part("a", 335, 305, { cash_collected_at: "2026-11-30T10:00:00Z", status: "delivered" }),
      part("b", 100, 90),
      part("c", 80, 72, { status: "canceled" }),
    ])
    expect(entries.map((entry) => [entry.vendor_order_id, entry.amount])).toEqual([["a", "-45.52"]])
    expect(allocateRefund({ id: "ref_5", amount: 10 }, [part("c", 80, 72, { status: "canceled" })])).toEqual(
      []
    )
  })

  it("never charges a card refund to a refused part", () => {
    const entries = allocateRefund({ id: "ref_6", amount: 10 }, [
      part("a", 100, 90),
      part("b", 100, 90, { status: "refused" }),
    ])
    expect(entries.map((entry) => [entry.vendor_order_id, entry.amount])).toEqual([["a", "-9"]])
  })
})

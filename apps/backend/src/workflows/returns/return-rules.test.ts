import { describe, expect, it } from "vitest"
import {
  cashOrderNotSettled,
  invalidReturnLines,
  returnAmounts,
  returnDeadline,
  returnPolicy,
  unfulfilledLines,
} from "./return-rules"

const part = {
  shipping_total: 35,
  commission_rate: 10,
  items: [
    { line_item_id: "li_oil", quantity: 3, total: 100 },
    { line_item_id: "li_soap", quantity: 1, total: 45.5 },
  ],
}

describe("return policy", () => {
  it("reads the region's window and shipping rule, 14 days and no shipping by default", () => {
    expect(returnPolicy(null)).toEqual({ window_days: 14, refunds_shipping: false })
    expect(returnPolicy({ return_window_days: 30, return_refunds_shipping: true })).toEqual({
      window_days: 30,
      refunds_shipping: true,
    })
    expect(returnPolicy({ return_window_days: "soon" }).window_days).toBe(14)
  })

  it("counts the window from delivery", () => {
    expect(returnDeadline(null, 14)).toBeNull()
    expect(returnDeadline("2026-12-01T10:00:00.000Z", 14)?.toISOString()).toBe("2026-12-15T10:00:00.000Z")
  })
})

describe("which lines may be asked back", () => {
  it("accepts what was bought and not yet asked back", () => {
    expect(invalidReturnLines(part.items, [], [{ line_item_id: "li_oil", quantity: 3 }])).toBeNull()
  })

  it("refuses a line of another parcel, a line twice, or more than is left", () => {
    expect(invalidReturnLines(part.items, [], [{ line_item_id: "li_other", quantity: 1 }])).toMatch(
      /not part/
    )
    expect(
      invalidReturnLines(
        part.items,
        [],
        [
          { line_item_id: "li_oil", quantity: 1 },
          { line_item_id: "li_oil", quantity: 1 },
        ]
      )
    ).toMatch(/twice/)
    const earlier = [{ status: "accepted", items: [{ line_item_id: "li_oil", quantity: 2 }] }]
    expect(invalidReturnLines(part.items, earlier, [{ line_item_id: "li_oil", quantity: 2 }])).toMatch(
      /Only 1/
    )
  })

  it("frees the items of a refused request", () => {
    const refused = [{ status: "refused", items: [{ line_item_id: "li_soap", quantity: 1 }] }]
    expect(invalidReturnLines(part.items, refused, [{ line_item_id: "li_soap", quantity: 1 }])).toBeNull()
  })
})

describe("what a return refunds and takes back", () => {
  it("refunds exactly the returned items, less the commission for the cooperative", () => {
    expect(
      returnAmounts(part, [], [{ line_item_id: "li_soap", quantity: 1 }], { refunds_shipping: false })
    ).toEqual({
      items: "45.5",
      shipping: "0",
      refund: "45.5",
      commission: "4.55",
      ledger_amount: "-40.95",
    })
  })

  it("adds up to the line's total when it comes back in several goes", () => {
    const policy = { refunds_shipping: false }
    const first = returnAmounts(part, [], [{ line_item_id: "li_oil", quantity: 1 }], policy)
    const second = returnAmounts(
      part,
      [{ line_item_id: "li_oil", quantity: 1 }],
      [{ line_item_id: "li_oil", quantity: 1 }],
      policy
    )
    const third = returnAmounts(
      part,
      [{ line_item_id: "li_oil", quantity: 2 }],
      [{ line_item_id: "li_oil", quantity: 1 }],
      policy
    )
    expect([first.items, second.items, third.items]).toEqual(["33.33", "33.34", "33.33"])
    expect(Number(first.commission) + Number(second.commission) + Number(third.commission)).toBeCloseTo(
      10,
      10
    )
  })

  it("refunds the delivery only when the whole parcel comes back where the region says so", () => {
    const all = [
      { line_item_id: "li_oil", quantity: 3 },
      { line_item_id: "li_soap", quantity: 1 },
    ]
    expect(returnAmounts(part, [], all, { refunds_shipping: false }).shipping).toBe("0")
    const eu = returnAmounts(part, [], all, { refunds_shipping: true })
    expect(eu).toMatchObject({ items: "145.5", shipping: "35", refund: "180.5", commission: "14.55" })
    expect(eu.ledger_amount).toBe("-165.95")
    expect(returnAmounts(part, [], all.slice(0, 1), { refunds_shipping: true }).shipping).toBe("0")
  })
})

describe("what Medusa must count as fulfilled before a return", () => {
  it("lists the part's lines not yet fulfilled, with how many", () => {
    expect(
      unfulfilledLines(part.items, [
        { id: "li_oil", detail: { fulfilled_quantity: 1 } },
        { id: "li_soap", detail: { fulfilled_quantity: 1 } },
        { id: "li_other_part", detail: { fulfilled_quantity: 0 } },
      ])
    ).toEqual([{ id: "li_oil", quantity: 2 }])
  })
})

describe("a cash order's return waits for its other parcels", () => {
  const part = { id: "vord_a", payment_provider_id: "pp_cod_cod" }
  it("waits while another parcel is on its way, sends refused or canceled ones to the centre", () => {
    expect(
      cashOrderNotSettled(
        part,
        [
          { id: "vord_a", status: "delivered" },
          { id: "vord_b", status: "delivered" },
        ],
        "pp_cod_cod"
      )
    ).toBeNull()
    expect(cashOrderNotSettled(part, [{ id: "vord_b", status: "shipped" }], "pp_cod_cod")).toMatch(
      /still on its way/
    )
    expect(cashOrderNotSettled(part, [{ id: "vord_b", status: "refused" }], "pp_cod_cod")).toMatch(
      /ask the centre/
    )
  })
  it("never waits for a card order", () => {
    expect(
      cashOrderNotSettled(
        { ...part, payment_provider_id: "pp_stripe_stripe" },
        [{ id: "vord_b", status: "pending" }],
        "pp_cod_cod"
      )
    ).toBeNull()
  })
})

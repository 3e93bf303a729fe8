import { describe, expect, it } from "vitest"
import { pendingEarnings, withPendingEarnings } from "./pending-earnings"

const COD = "pp_cod_cod"

describe("pendingEarnings", () => {
  it("sums open parts per cooperative and currency, cash apart, without float drift", () => {
    const pending = pendingEarnings(
      [
        {
          vendor_id: "v1",
          currency_code: "mad",
          status: "pending",
          vendor_amount: 0.1,
          payment_provider_id: COD,
        },
        {
          vendor_id: "v1",
          currency_code: "mad",
          status: "shipped",
          vendor_amount: 0.2,
          payment_provider_id: "pp_stripe_stripe",
        },
        {
          vendor_id: "v1",
          currency_code: "mad",
          status: "delivered",
          vendor_amount: 100,
          payment_provider_id: COD,
        },
        {
          vendor_id: "v1",
          currency_code: "mad",
          status: "canceled",
          vendor_amount: 50,
          payment_provider_id: COD,
        },
        {
          vendor_id: "v2",
          currency_code: "eur",
          status: "pending",
          vendor_amount: "12.5",
          payment_provider_id: COD,
        },
      ],
      COD
    )
    expect(pending).toEqual([
      { vendor_id: "v1", currency_code: "mad", pending: 0.3, pending_cash: 0.1, orders: 2 },
      { vendor_id: "v2", currency_code: "eur", pending: 12.5, pending_cash: 12.5, orders: 1 },
    ])
  })
})

describe("withPendingEarnings", () => {
  it("adds pending to balances and keeps cooperatives that only wait for deliveries", () => {
    const rows = withPendingEarnings(
      [{ vendor_id: "v1", currency_code: "mad", earned: 90, paid: 40, balance: 50 }],
      [
        { vendor_id: "v1", currency_code: "mad", pending: 30, pending_cash: 30, orders: 1 },
        { vendor_id: "v2", currency_code: "mad", pending: 12, pending_cash: 0, orders: 1 },
      ]
    )
    expect(rows).toEqual([
      {
        vendor_id: "v1",
        currency_code: "mad",
        earned: 90,
        paid: 40,
        balance: 50,
        pending: 30,
        pending_cash: 30,
      },
      { vendor_id: "v2", currency_code: "mad", earned: 0, paid: 0, balance: 0, pending: 12, pending_cash: 0 },
    ])
  })

  it("gives zero pending where nothing waits", () => {
    expect(
      withPendingEarnings([{ vendor_id: "v1", currency_code: "eur", earned: 5, paid: 0, balance: 5 }], [])
    ).toEqual([
      { vendor_id: "v1", currency_code: "eur", earned: 5, paid: 0, balance: 5, pending: 0, pending_cash: 0 },
    ])
  })
})

import { describe, expect, it } from "vitest"
import { mayReadOrder, paysOnDelivery } from "./orders"
import type { StoreOrder } from "./types"

const order: StoreOrder = {
  id: "order_1",
  display_id: 4,
  created_at: "2026-11-29T10:00:00Z",
  currency_code: "mad",
  total: 395,
  customer_id: "cus_amina",
  payment_collections: [{ payments: [{ provider_id: "pp_cod_cod" }] }],
}

describe("orders", () => {
  it("lets the customer and the browser that placed it read an order, nobody else", () => {
    expect(mayReadOrder(order, { customerId: "cus_amina", placedOrderIds: [] })).toBe(true)
    expect(mayReadOrder(order, { placedOrderIds: ["order_1"] })).toBe(true)
    expect(mayReadOrder(order, { customerId: "cus_other", placedOrderIds: ["order_2"] })).toBe(false)
    expect(mayReadOrder({ ...order, customer_id: null }, { placedOrderIds: [] })).toBe(false)
  })

  it("knows a cash-on-delivery order from a card one", () => {
    expect(paysOnDelivery(order)).toBe(true)
    expect(paysOnDelivery({ ...order, payment_collections: [{ payments: [{ provider_id: "pp_stripe_stripe" }] }] })).toBe(false)
  })
})

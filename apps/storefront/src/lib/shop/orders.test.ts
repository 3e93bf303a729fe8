import { describe, expect, it } from "vitest"
import { localizeOrderItems, mayReadOrder, paysOnDelivery, type OrderWithParts } from "./orders"

const order = {
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
    expect(
      paysOnDelivery({ ...order, payment_collections: [{ payments: [{ provider_id: "pp_stripe_stripe" }] }] })
    ).toBe(false)
  })
})

describe("localizeOrderItems", () => {
  it("names each item in the visitor's language and keeps the placed title for products gone from the shop", () => {
    const placed: OrderWithParts = {
      ...order,
      vendor_order: [
        {
          id: "vo_1",
          status: "pending",
          total: 395,
          item_total: 360,
          shipping_total: 35,
          items: [
            {
              id: "i1",
              line_item_id: "li_1",
              product_id: "prod_oil",
              title: "Huile d'argan",
              quantity: 1,
              total: 180,
            },
            {
              id: "i2",
              line_item_id: "li_2",
              product_id: "prod_gone",
              title: "Amlou",
              quantity: 1,
              total: 180,
            },
          ],
        },
      ],
    }
    const localized = localizeOrderItems(placed, new Map([["prod_oil", "زيت الأركان"]]))
    expect(localized.vendor_order?.[0].items?.map((item) => item.title)).toEqual(["زيت الأركان", "Amlou"])
    expect(placed.vendor_order?.[0].items?.[0].title).toBe("Huile d'argan")
  })
})

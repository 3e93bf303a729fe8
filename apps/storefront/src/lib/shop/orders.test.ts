import { describe, expect, it } from "vitest"
import {
  groupPickupCode,
  localizeOrderItems,
  localizePickupEvents,
  mayReadOrder,
  partPickup,
  paysOnDelivery,
  type OrderWithParts,
} from "./orders"

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

describe("pick-up at the stand", () => {
  const rabat = {
    id: "evt_1",
    handle: "bazar-rabat",
    name: "Bazar solidaire de Rabat",
    address: "Place Bab El Had",
    city: "Rabat",
    starts_at: "2027-07-10T09:00:00Z",
    ends_at: "2027-07-12T18:00:00Z",
  }
  const part = {
    id: "vo_1",
    status: "pending" as const,
    total: 180,
    item_total: 180,
    shipping_total: 0,
    delivered_at: null,
    pickup_code: "042917",
    pickup_stand_number: "12",
    pickup_event: rabat,
  }

  it("shows the stand, its bazaar and the code while the parcel waits", () => {
    expect(partPickup(part)).toEqual({ stand: "12", event: rabat, code: "042917", collectedAt: null })
  })

  it("says when it was collected instead of the code, and shows no code for a canceled part", () => {
    const collected = { ...part, status: "delivered" as const, delivered_at: "2027-07-11T15:20:00Z" }
    expect(partPickup(collected)).toMatchObject({ code: null, collectedAt: "2027-07-11T15:20:00Z" })
    expect(partPickup({ ...part, status: "canceled" })).toMatchObject({ code: null, collectedAt: null })
  })

  it("is nothing for a part delivered by a courier, and shows no code that is not six digits", () => {
    expect(
      partPickup({ ...part, pickup_event: null, pickup_stand_number: null, pickup_code: null })
    ).toBeNull()
    expect(partPickup({ ...part, pickup_code: "42917" })?.code).toBeNull()
  })

  it("groups the code in threes, keeping leading zeros", () => {
    expect(groupPickupCode("042917")).toBe("042 917")
  })

  it("names the bazaar in the visitor's language, and keeps the given name when none is known", () => {
    const placed: OrderWithParts = { vendor_order: [part, { ...part, id: "vo_2", pickup_event: null }] }
    const localized = localizePickupEvents(placed, new Map([["bazar-rabat", "البازار التضامني بالرباط"]]))
    expect(localized.vendor_order?.[0].pickup_event?.name).toBe("البازار التضامني بالرباط")
    expect(localized.vendor_order?.[1].pickup_event).toBeNull()
    expect(localizePickupEvents(placed, new Map()).vendor_order?.[0].pickup_event?.name).toBe(
      "Bazar solidaire de Rabat"
    )
    expect(placed.vendor_order?.[0].pickup_event?.name).toBe("Bazar solidaire de Rabat")
  })
})

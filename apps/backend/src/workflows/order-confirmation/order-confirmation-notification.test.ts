import { describe, expect, it } from "vitest"
import {
  orderConfirmationNotifications,
  vendorNewOrderNotifications,
  type PlacedOrder,
} from "./order-confirmation-notification"

const part = {
  id: "vord_1",
  total: 275,
  vendor: { name: "Coopérative Tighanimine" },
  items: [{ title: "Huile d'argan", variant_title: "250 ml", quantity: 2 }],
}

const order: PlacedOrder = {
  id: "order_1",
  display_id: 12,
  email: "amina@example.ma",
  currency_code: "mad",
  total: 395,
  metadata: { locale: "ar" },
  payment_collections: [{ payment_sessions: [{ provider_id: "pp_cod_cod" }] }],
  vendor_order: [part],
}

describe("orderConfirmationNotifications", () => {
  it("sends one message per order, once, with each cooperative's part and a link in the checkout's language", () => {
    const [notification] = orderConfirmationNotifications(order, "secret-1")
    expect(notification).toMatchObject({
      to: "amina@example.ma",
      template: "order-confirmation",
      idempotency_key: "order-confirmation:order_1",
      data: {
        display_id: 12,
        total: "395",
        cash_on_delivery: true,
        parts: [{ cooperative: "Coopérative Tighanimine", total: "275", items: [{ quantity: 2 }] }],
      },
    })
    expect(new URL(notification.data.url).pathname).toBe("/ar/order/order_1/confirmed")
    // the order's secret opens the confirmation without an account
    expect(new URL(notification.data.url).searchParams.get("token")).toBe("secret-1")
  })

  it("links to French for an unknown language and says nothing about cash for a card payment", () => {
    const [notification] = orderConfirmationNotifications(
      {
        ...order,
        metadata: { locale: "de" },
        payment_collections: [{ payment_sessions: [{ provider_id: "pp_stripe_stripe" }] }],
      },
      "secret-1"
    )
    expect(new URL(notification.data.url).pathname).toBe("/fr/order/order_1/confirmed")
    expect(notification.data.cash_on_delivery).toBe(false)
  })

  it("reads a single part returned as one object", () => {
    const [notification] = orderConfirmationNotifications({ ...order, vendor_order: part }, "secret-1")
    expect(notification.data.parts).toHaveLength(1)
  })

  it("sends nothing without an email", () => {
    expect(orderConfirmationNotifications({ ...order, email: null }, "secret-1")).toEqual([])
  })
})

describe("vendorNewOrderNotifications", () => {
  it("tells every member of each cooperative its own part, once per member, in French", () => {
    const other = {
      id: "vord_2",
      total: 120,
      vendor: { name: "Amlou Souss", members: [{ email: "itto@amlou.ma" }] },
      items: [{ title: "Amlou", variant_title: null, quantity: 1 }],
    }
    const withMembers: PlacedOrder = {
      ...order,
      vendor_order: [
        {
          ...part,
          vendor: {
            ...part.vendor,
            members: [{ email: "fatima@tighanimine.ma" }, null, { email: "aicha@tighanimine.ma" }],
          },
        },
        other,
      ],
    }
    const sent = vendorNewOrderNotifications(withMembers)
    expect(sent.map((n) => [n.to, n.idempotency_key])).toEqual([
      ["fatima@tighanimine.ma", "vendor-new-order:vord_1:fatima@tighanimine.ma"],
      ["aicha@tighanimine.ma", "vendor-new-order:vord_1:aicha@tighanimine.ma"],
      ["itto@amlou.ma", "vendor-new-order:vord_2:itto@amlou.ma"],
    ])
    expect(sent[2].data).toMatchObject({
      locale: "fr",
      total: "120",
      items: [{ title: "Amlou", quantity: 1 }],
      cash_on_delivery: true,
    })
    expect(new URL(sent[2].data.url).pathname).toBe("/fr/portal/orders/vord_2")
  })
})

describe("vendorNewOrderNotifications by SMS", () => {
  const placed: PlacedOrder = {
    ...order,
    created_at: "2026-12-04T10:00:00.000Z",
    vendor_order: [
      {
        ...part,
        vendor: {
          name: "Coopérative Tighanimine",
          members: [
            { email: "fatima@tighanimine.ma", phone: "06 12 34 56 78", sms_opt_in: true, locale: "ar" },
            { email: "aicha@tighanimine.ma", phone: "+212612345679", sms_opt_in: false, locale: "en" },
            { email: "zahra@tighanimine.ma", phone: "0612", sms_opt_in: true, locale: null },
          ],
        },
      },
    ],
  }

  it("texts only a member who agreed and whose number can be called, in her language", () => {
    const sent = vendorNewOrderNotifications(placed)
    expect(sent.map((n) => [n.channel, n.to, n.data.locale])).toEqual([
      ["email", "fatima@tighanimine.ma", "ar"],
      ["sms", "+212612345678", "ar"],
      ["email", "aicha@tighanimine.ma", "en"],
      ["email", "zahra@tighanimine.ma", "fr"],
    ])
    expect(sent[1].idempotency_key).toBe("vendor-new-order:vord_1:+212612345678")
    expect(new URL(sent[1].data.url).pathname).toBe("/ar/portal/orders/vord_1")
    expect(new URL(sent[2].data.url).pathname).toBe("/en/portal/orders/vord_1")
    // three days to hand the parcel to the carrier
    expect(sent[1].data.ship_by).toBe("2026-12-07T10:00:00.000Z")
  })
})

describe("made-to-order pieces", () => {
  const placed = "2026-06-01T10:00:00.000Z"
  const madeToOrder: PlacedOrder = {
    ...order,
    created_at: placed,
    vendor_order: [
      {
        ...part,
        vendor: { name: "Tamount", members: [{ email: "itto@tamount.ma" }] },
        items: [
          { title: "Tapis", variant_title: null, quantity: 1, product_id: "prod_rug" },
          { title: "Coussin", variant_title: null, quantity: 2, product_id: "prod_cushion" },
        ],
      },
    ],
  }

  it("tell the shopper each piece's lead time and when its parcel should leave", () => {
    const [notification] = orderConfirmationNotifications(madeToOrder, "secret", { prod_rug: 21 })
    const [sent] = notification.data.parts
    expect(sent.items).toEqual([
      { title: "Tapis", variant_title: null, quantity: 1, lead_time_days: 21 },
      { title: "Coussin", variant_title: null, quantity: 2 },
    ])
    expect(sent.ships_by).toBe("2026-06-22T10:00:00.000Z")
  })

  it("give the cooperative until the slowest piece is made to ship, never less than the usual delay", () => {
    expect(vendorNewOrderNotifications(madeToOrder, { prod_rug: 21 })[0].data.ship_by).toBe(
      "2026-06-22T10:00:00.000Z"
    )
    expect(vendorNewOrderNotifications(madeToOrder, { prod_rug: 1 })[0].data.ship_by).toBe(
      "2026-06-04T10:00:00.000Z"
    )
    // a part made in advance says nothing of it to the shopper
    expect(orderConfirmationNotifications(madeToOrder, "secret")[0].data.parts[0]).not.toHaveProperty(
      "ships_by"
    )
  })
})

describe("a part collected at the cooperative's stand", () => {
  const pickupPart = {
    ...part,
    pickup_code: "042917",
    pickup_stand_number: "21",
    pickup_event: {
      name: "Bazar de Chefchaouen",
      address: "Place Outa el Hammam",
      city: "Chefchaouen",
      starts_at: "2026-06-10T09:00:00.000Z",
      ends_at: "2026-06-14T19:00:00.000Z",
    },
    vendor: { name: "Tifawin", members: [{ email: "fatima@tifawin.ma" }] },
  }
  const placed: PlacedOrder = {
    ...order,
    created_at: "2026-06-09T10:00:00.000Z",
    vendor_order: [pickupPart],
    shipping_address: { phone: "06 12 34 56 78" },
  }

  it("gives the shopper the stand and her code by email, and the code by SMS to the checkout's phone", () => {
    const [email, sms, ...rest] = orderConfirmationNotifications(placed, "secret")
    expect(email.data.parts[0]).toMatchObject({
      pickup: { stand_number: "21", event_name: "Bazar de Chefchaouen", code: "042917" },
    })
    expect(email.data.parts[0]).not.toHaveProperty("ships_by")
    expect(sms).toMatchObject({
      to: "+212612345678",
      channel: "sms",
      template: "stand-pickup-code",
      resource_id: "vord_1",
      data: { code: "042917", stand_number: "21", locale: "ar" },
    })
    expect(rest).toEqual([])
  })

  it("tells the cooperative it is collected at its stand, with no date to ship by", () => {
    const [message] = vendorNewOrderNotifications(placed)
    expect(message.data).toMatchObject({ ship_by: null, pickup_stand_number: "21" })
    expect(JSON.stringify(message)).not.toContain("042917")
  })
})

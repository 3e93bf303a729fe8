import { describe, expect, it } from "vitest"
import { parcelShippedNotifications, type ShippedOrder } from "./parcel-shipped-notification"

const part = { id: "vord_1", carrier: "Amana", tracking_number: "AM1", vendor: { name: "Tifawin" } }
const order: ShippedOrder = {
  id: "order_1",
  display_id: 7,
  email: "amina@example.ma",
  metadata: { locale: "ar" },
  shipping_address: { phone: "06 12 34 56 78" },
}

describe("parcelShippedNotifications", () => {
  it("tells the shopper by email and by SMS to her delivery phone, in her language", () => {
    const sent = parcelShippedNotifications(part, order, "secret")
    expect(sent.map((n) => [n.channel, n.to, n.data.locale, n.idempotency_key])).toEqual([
      ["email", "amina@example.ma", "ar", "order-shipped:vord_1:amina@example.ma"],
      ["sms", "+212612345678", "ar", "order-shipped:vord_1:+212612345678"],
    ])
  })

  it("skips a delivery phone that cannot be texted", () => {
    for (const phone of [null, "", "0612"]) {
      const sent = parcelShippedNotifications(part, { ...order, shipping_address: { phone } }, "secret")
      expect(sent.map((n) => n.channel)).toEqual(["email"])
    }
    expect(parcelShippedNotifications(part, { ...order, email: null }, "secret")).toEqual([])
  })
})

import { afterEach, describe, expect, it } from "vitest"
import { orderTransferNotifications } from "./order-transfer-notification"

const request = {
  change_id: "ordch_1",
  order: { id: "order_1", display_id: 12, metadata: { locale: "ar" } },
  details: { token: "a1b2-c3", original_email: "amina@example.ma" },
}

describe("orderTransferNotifications", () => {
  afterEach(() => {
    delete process.env.STOREFRONT_URL
  })

  it("sends the link with the token to the order's email, in the checkout's language, once per request", () => {
    process.env.STOREFRONT_URL = "https://bazar.example/"
    const [message] = orderTransferNotifications(request)
    expect(message).toMatchObject({
      to: "amina@example.ma",
      template: "order-transfer-requested",
      idempotency_key: "order-transfer:ordch_1",
      data: {
        order_id: "order_1",
        display_id: 12,
        url: "https://bazar.example/ar/account/orders/order_1/claim?token=a1b2-c3",
      },
    })
  })

  it("falls back to French and sends nothing without a token or an email", () => {
    expect(
      orderTransferNotifications({ ...request, order: { ...request.order, metadata: null } })[0].data.url
    ).toContain("/fr/account/")
    expect(
      orderTransferNotifications({ ...request, details: { original_email: "amina@example.ma" } })
    ).toEqual([])
    expect(orderTransferNotifications({ ...request, details: null })).toEqual([])
  })
})

import { describe, expect, it } from "vitest"
import { returnAnsweredNotifications, vendorReturnRequestedNotifications } from "./return-notifications"

const request = {
  id: "retreq_1",
  status: "requested",
  vendor_order_id: "vord_1",
  items: [{ line_item_id: "ordli_1", title: "Huile d'argan", quantity: 1 }],
  note: "Le flacon est fêlé",
  decision_reason: null,
}

describe("return messages", () => {
  it("tell each member with an email, in her language, with a link to the parcel", () => {
    const sent = vendorReturnRequestedNotifications(request, {
      display_id: 12,
      vendor: { members: [{ email: "fatima@example.ma", locale: "ar" }, { email: null }, null] },
    })
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({
      to: "fatima@example.ma",
      template: "vendor-return-requested",
      data: { display_id: 12, reason: "Le flacon est fêlé", locale: "ar" },
    })
    expect(sent[0].data.url).toMatch(/\/ar\/portal\/orders\/vord_1/)
  })

  it("tell the shopper the answer, once per answer, and nothing while it waits", () => {
    const order = { id: "order_1", display_id: 7, email: "amina@example.ma", metadata: { locale: "en" } }
    const part = { vendor: { name: "Tighanimine" } }
    expect(returnAnsweredNotifications(request, part, order)).toEqual([])
    const refused = returnAnsweredNotifications(
      { ...request, status: "refused", decision_reason: "Intact" },
      part,
      order
    )
    expect(refused[0]).toMatchObject({
      template: "return-refused",
      data: { reason: "Intact", cooperative: "Tighanimine" },
    })
    expect(refused[0].data.url).toMatch(/\/en\/account\/orders\/order_1$/)
    const settled = returnAnsweredNotifications(
      { ...request, status: "accepted", disputed_at: new Date() },
      part,
      order
    )
    expect(settled[0].template).toBe("return-accepted")
    expect(settled[0].idempotency_key).not.toBe(refused[0].idempotency_key)
    expect(
      returnAnsweredNotifications({ ...request, status: "refused" }, part, { ...order, email: null })
    ).toEqual([])
  })
})

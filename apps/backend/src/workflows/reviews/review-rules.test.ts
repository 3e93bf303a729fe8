import { describe, expect, it } from "vitest"
import { moderation, purchaseToReview, replyRefusal } from "./review-rules"

describe("purchaseToReview", () => {
  it("rests a review on the latest delivery of the product", () => {
    const purchase = purchaseToReview([
      { vendor_order_id: "vord_old", vendor_id: "v", delivered_at: "2026-01-02", city: "Fès" },
      { vendor_order_id: "vord_new", vendor_id: "v", delivered_at: "2026-03-04", city: "Tétouan" },
    ])
    expect(purchase).toMatchObject({ vendor_order_id: "vord_new", city: "Tétouan" })
  })

  it("refuses a shopper who never received the product", () => {
    expect(() => purchaseToReview([])).toThrow("once it has been delivered to you")
  })
})

describe("moderation", () => {
  const now = new Date("2026-12-05T10:00:00Z")

  it("publishes with no reason, or rejects with staff's reason", () => {
    expect(moderation("publish", "user_1", "ignored", now)).toEqual({
      status: "published",
      rejection_reason: null,
      moderated_at: now,
      moderated_by: "user_1",
    })
    expect(moderation("reject", "user_1", "Insulting words", now)).toMatchObject({
      status: "rejected",
      rejection_reason: "Insulting words",
    })
  })
})

describe("replyRefusal", () => {
  it("lets a cooperative answer a published review once", () => {
    expect(replyRefusal({ status: "published", reply: null })).toBeNull()
    expect(replyRefusal({ status: "published", reply: "Merci !" })).toBe(
      "Your cooperative already answered this review"
    )
    expect(replyRefusal({ status: "pending", reply: null })).toBe("Only a published review can be answered")
  })
})

import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaError } from "@medusajs/framework/utils"

/** A delivered part holding the product, from one of the shopper's orders. */
export type DeliveredPurchase = {
  vendor_order_id: string
  vendor_id: string
  delivered_at: Date | string | null
  /** the town of the order's delivery address: the shop names the author by it */
  city: string | null
}

/**
 * The purchase a new review rests on: the latest delivered part holding the product. None means the
 * shopper never received it, and may not review it (400, not 404: the product exists, she may buy it).
 */
export function purchaseToReview(purchases: DeliveredPurchase[]): DeliveredPurchase {
  const latest = [...purchases].sort(
    (a, b) => new Date(b.delivered_at ?? 0).getTime() - new Date(a.delivered_at ?? 0).getTime()
  )[0]
  if (!latest) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "You can review a product once it has been delivered to you",
      ERROR_CODES.invalid_request
    )
  }
  return latest
}

export type ReviewDecision = "publish" | "reject"

/** What staff's decision writes on a review. */
export function moderation(
  decision: ReviewDecision,
  staffId: string,
  reason: string | null,
  now = new Date()
) {
  return {
    status: decision === "publish" ? ("published" as const) : ("rejected" as const),
    rejection_reason: decision === "reject" ? reason : null,
    moderated_at: now,
    moderated_by: staffId,
  }
}

/**
 * Why the cooperative cannot answer this review, or null: only a published review (the answer is
 * public), and once.
 */
export function replyRefusal(review: { status: string; reply: string | null }): string | null {
  if (review.status !== "published") {
    return "Only a published review can be answered"
  }
  if (review.reply) {
    return "Your cooperative already answered this review"
  }
  return null
}

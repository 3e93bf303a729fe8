import { format } from "@/lib/i18n/format"
import type { StoreReview } from "@/lib/types/custom-routes"
import { asHttpError } from "@/lib/util/http-error"
import { shopErrorCode } from "./errors"

/** Reviews a product page shows: the newest, in the one request the page makes for them. */
export const PRODUCT_REVIEWS_SHOWN = 10
/** Photos a shopper may add to a review, and the length of her words (the backend's limits too). */
export const MAX_REVIEW_PHOTOS = 3
export const MAX_REVIEW_LENGTH = 2000

/** What the review form posts, read: a new review names the product, an edit names the review. */
export type ReviewForm = { productId: string; reviewId?: string; rating: number; text: string | null }

/**
 * The review form read: a rating of 1 to 5 stars and optional words. An error code of the form's
 * catalogue (`reviewRating`, `tooLong`, `invalid`) when it cannot be sent; the backend checks the rest.
 */
export function parseReviewForm(formData: FormData): { form: ReviewForm } | { error: string } {
  const productId = formData.get("product_id")
  const reviewId = formData.get("review_id")
  const rating = Number(formData.get("rating"))
  const body = formData.get("body")
  if (typeof productId !== "string" || !productId) {
    return { error: "invalid" }
  }
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
    return { error: "reviewRating" }
  }
  const text = typeof body === "string" ? body.trim() : ""
  if (text.length > MAX_REVIEW_LENGTH) {
    return { error: "tooLong" }
  }
  return {
    form: {
      productId,
      ...(typeof reviewId === "string" && reviewId && { reviewId }),
      rating,
      text: text || null,
    },
  }
}

/**
 * A refused review in the form's words: already reviewed (409), not delivered yet (the backend's
 * only 400 without fields), a field the backend refused; else as the shop says any failure.
 */
export function reviewErrorCode(error: unknown): string {
  const { status, code, fields } = asHttpError(error)
  if (status === 409) {
    return "reviewExists"
  }
  if (code === "validation_failed") {
    const path = fields?.[0]?.path ?? ""
    if (path === "rating") return "reviewRating"
    if (path === "body") return "tooLong"
    if (path.startsWith("photo_urls")) return "photoCount"
    return "notAccepted"
  }
  if (status === 400 && code === "invalid_request") {
    return "reviewNotDelivered"
  }
  // the shop's 404 wording is about a lost cart
  return status === 404 ? "notAccepted" : shopErrorCode(error)
}

/** "Amina, Marrakech", or whichever of the two the review has, or `anonymous` when it has neither. */
export function reviewAuthor(
  review: Pick<StoreReview, "author_first_name" | "author_city">,
  labels: { nameAndCity: string; anonymous: string }
): string {
  const name = review.author_first_name?.trim()
  const city = review.author_city?.trim()
  if (name && city) {
    return format(labels.nameAndCity, { name, city })
  }
  return name || city || labels.anonymous
}

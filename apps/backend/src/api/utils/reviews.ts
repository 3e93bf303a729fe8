import { z } from "@medusajs/framework/zod"
import { isPipelinePhotoUrl } from "../../lib/images/photo-names"
import { REVIEW_STATUSES } from "../../modules/review/models/product-review"

/** The photos a shopper adds to a review: three at most, uploaded first to /store/review-photos. */
export const MAX_REVIEW_PHOTOS = 3

const rating = z.number().int().min(1, "Rate from 1 to 5 stars").max(5, "Rate from 1 to 5 stars")
const body = z.string().trim().max(2000, "A review takes 2 000 characters at most").nullish()
const locale = z.enum(["fr", "ar", "en"]).nullish()
const photoUrls = z
  .array(
    z
      .string()
      .max(500)
      .refine(isPipelinePhotoUrl, { message: "Send photos uploaded to /store/review-photos" })
  )
  .max(MAX_REVIEW_PHOTOS, "Three photos at most")
  .nullish()

export const StoreCreateReview = z
  .object({ product_id: z.string().min(1).max(100), rating, body, locale, photo_urls: photoUrls })
  .strict()
export type StoreCreateReviewType = z.infer<typeof StoreCreateReview>

export const StoreEditReview = z
  .object({ rating: rating.optional(), body, locale, photo_urls: photoUrls })
  .strict()
  .refine((edit) => Object.values(edit).some((value) => value !== undefined), {
    message: "Change the rating, the words or the photos",
  })
export type StoreEditReviewType = z.infer<typeof StoreEditReview>

export const PageParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(10),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type PageParamsType = z.infer<typeof PageParams>

export const AdminListReviewsParams = z
  .object({
    status: z.enum([...REVIEW_STATUSES]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminListReviewsParamsType = z.infer<typeof AdminListReviewsParams>

export const AdminRejectReview = z
  .object({
    reason: z.string().trim().min(3, "Tell the author why (3 characters or more)").max(500),
  })
  .strict()
export type AdminRejectReviewType = z.infer<typeof AdminRejectReview>

export const REPLY_TEXT_MESSAGE = "Write your answer (2 to 1 000 characters)"

// required, and checked by the route once the review is known to be of the caller's product, so
// another cooperative's id stays a 404
export const VendorReplyToReview = z
  .object({ text: z.string().trim().min(2, REPLY_TEXT_MESSAGE).max(1000, REPLY_TEXT_MESSAGE).optional() })
  .strict()
export type VendorReplyToReviewType = z.infer<typeof VendorReplyToReview>

type ReviewRow = {
  id: string
  product_id: string
  rating: number
  body: string | null
  locale: string | null
  photo_urls: unknown
  author_first_name: string | null
  author_city: string | null
  created_at: Date | string
  updated_at?: Date | string
  reply: string | null
  replied_at: Date | string | null
}

/** What the shop shows of a published review: the author by first name and town only. */
export function publicReview(review: ReviewRow) {
  return {
    id: review.id,
    product_id: review.product_id,
    rating: review.rating,
    body: review.body,
    locale: review.locale,
    photo_urls: Array.isArray(review.photo_urls) ? (review.photo_urls as string[]) : [],
    author_first_name: review.author_first_name,
    author_city: review.author_city,
    created_at: review.created_at,
    reply: review.reply,
    replied_at: review.replied_at,
  }
}

/** The review as its author reads it: with where it stands with staff. */
export function ownReview(review: ReviewRow & { status: string; rejection_reason: string | null }) {
  return { ...publicReview(review), status: review.status, rejection_reason: review.rejection_reason }
}

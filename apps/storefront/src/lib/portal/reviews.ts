// The reviews page of the portal: what a buyer's review shows, and the cooperative's answer checked
// before it is sent so a member gets a clear message at once.
import type { StoreReview } from "@/lib/types/custom-routes"

/** A published review of one of the cooperative's products (`/vendor/reviews`), with its product. */
export type PortalReview = StoreReview & {
  product: { id: string; title: string; handle: string } | null
}

// the backend's bounds on an answer (`VendorReplyToReview`)
const REPLY_MIN = 2
export const REPLY_MAX = 1000

/** A rating as five stars, "★★★★☆"; out-of-range values are clamped so a bad row still draws. */
export function ratingStars(rating: number): string {
  const filled = Math.min(5, Math.max(0, Math.round(rating)))
  return "★".repeat(filled) + "☆".repeat(5 - filled)
}

/** How the shop names a review's author: "Amina, Marrakech", or whichever half is known. */
export function reviewAuthor(review: Pick<StoreReview, "author_first_name" | "author_city">): string {
  return [review.author_first_name, review.author_city]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(", ")
}

export type ReplyResult = { ok: true; text: string } | { ok: false; error: "required" | "tooLong" }

/** The cooperative's answer, trimmed: a word at least (the shop shows it under the review), 1 000 characters at most. */
export function parseReply(value: string | undefined): ReplyResult {
  const text = value?.trim() ?? ""
  if (text.length < REPLY_MIN) {
    return { ok: false, error: "required" }
  }
  if (text.length > REPLY_MAX) {
    return { ok: false, error: "tooLong" }
  }
  return { ok: true, text }
}

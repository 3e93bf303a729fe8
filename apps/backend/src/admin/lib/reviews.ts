// the backend's bounds on a rejection's reason (src/api/utils/reviews.ts), checked before sending
const REASON_MIN = 3
const REASON_MAX = 500

/** A rating as five stars, "★★★★☆"; out-of-range values are clamped so a bad row still draws. */
export function ratingStars(rating: number): string {
  const filled = Math.min(5, Math.max(0, Math.round(rating)))
  return "★".repeat(filled) + "☆".repeat(5 - filled)
}

/** How the shop names a review's author: "Amina, Marrakech", or whichever half is known. */
export function reviewAuthor(review: { author_first_name: string | null; author_city: string | null }) {
  return [review.author_first_name, review.author_city]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(", ")
}

/** Whether a rejection's reason can be sent: its author reads it, so it must say something. */
export function isRejectReason(reason: string): boolean {
  const length = reason.trim().length
  return length >= REASON_MIN && length <= REASON_MAX
}

/**
 * Announced when a review starts or stops counting in its product's rating (published, taken down,
 * edited back to moderation), with the review's id: the product search index listens to it.
 */
export const REVIEW_RATING_CHANGED = "product_review.rating_changed"

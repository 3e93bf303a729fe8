import type { StoreProductReviews } from "@/lib/types/custom-routes"

/** Reviews repeated in the structured data: a sample is enough for search engines. */
export const JSON_LD_REVIEWS = 5

export type ProductJsonLdInput = {
  name: string
  description?: string | null
  images: string[]
  /** the page's absolute URL */
  url: string
  /** the cooperative that makes it */
  brand?: string | null
  reviews?: Pick<StoreProductReviews, "rating" | "reviews"> | null
}

/**
 * A product page's schema.org Product: what it is and who makes it, its buyers' average once one
 * review is published, and a few of the reviews with the author's first name only (as the page shows).
 */
export function productJsonLd(input: ProductJsonLdInput): Record<string, unknown> {
  const { rating, reviews = [] } = input.reviews ?? {}
  const rated = rating && rating.count > 0 && rating.average !== null
  const sample = reviews.filter((review) => review.author_first_name).slice(0, JSON_LD_REVIEWS)
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: input.name,
    ...(input.description && { description: input.description }),
    ...(input.images.length > 0 && { image: input.images }),
    url: input.url,
    ...(input.brand && { brand: { "@type": "Brand", name: input.brand } }),
    ...(rated && {
      aggregateRating: {
        "@type": "AggregateRating",
        ratingValue: rating.average,
        reviewCount: rating.count,
        bestRating: 5,
        worstRating: 1,
      },
    }),
    ...(rated &&
      sample.length > 0 && {
        review: sample.map((review) => ({
          "@type": "Review",
          // Google requires author.name; the first name is all the shop ever shows of her
          author: { "@type": "Person", name: review.author_first_name, givenName: review.author_first_name },
          datePublished: review.created_at.slice(0, 10),
          reviewRating: { "@type": "Rating", ratingValue: review.rating, bestRating: 5, worstRating: 1 },
          ...(review.body && { reviewBody: review.body }),
          ...(review.locale && { inLanguage: review.locale }),
        })),
      }),
  }
}

/**
 * JSON for an inline `<script type="application/ld+json">`: "<" escaped, so words a buyer wrote
 * ("</script>…") cannot close the script and inject markup.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c")
}

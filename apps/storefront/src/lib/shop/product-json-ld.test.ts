import { describe, expect, it } from "vitest"
import type { StoreReview } from "@/lib/types/custom-routes"
import { jsonLdText, productJsonLd } from "./product-json-ld"

const review = (overrides: Partial<StoreReview> = {}): StoreReview => ({
  id: "rev_1",
  product_id: "prod_1",
  rating: 5,
  body: "Très beau tapis",
  locale: "fr",
  photo_urls: [],
  author_first_name: "Amina",
  author_city: "Marrakech",
  created_at: "2026-11-03T10:00:00.000Z",
  reply: null,
  replied_at: null,
  ...overrides,
})

const base = {
  name: "Tapis Beni Ouarain",
  images: ["https://cdn.example.org/tapis.webp"],
  url: "https://shop.example.org/fr/products/tapis",
  brand: "Coopérative Tifaout",
}

describe("productJsonLd", () => {
  it("describes the product and who makes it, without a rating while none is published", () => {
    const data = productJsonLd({ ...base, reviews: { rating: { average: null, count: 0 }, reviews: [] } })
    expect(data).toEqual({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Tapis Beni Ouarain",
      image: ["https://cdn.example.org/tapis.webp"],
      url: "https://shop.example.org/fr/products/tapis",
      brand: { "@type": "Brand", name: "Coopérative Tifaout" },
    })
  })

  it("adds the average and count once reviews are published", () => {
    const data = productJsonLd({
      ...base,
      reviews: { rating: { average: 4.5, count: 12 }, reviews: [review()] },
    })
    expect(data.aggregateRating).toEqual({
      "@type": "AggregateRating",
      ratingValue: 4.5,
      reviewCount: 12,
      bestRating: 5,
      worstRating: 1,
    })
  })

  it("repeats at most five reviews, by the author's first name, with her words and language", () => {
    const reviews = Array.from({ length: 7 }, (_, index) => review({ id: `rev_${index}` }))
    reviews[0] = review({ rating: 4, body: "رائع", locale: "ar", author_first_name: "Salma" })
    const data = productJsonLd({ ...base, reviews: { rating: { average: 4.9, count: 7 }, reviews } })
    const entries = data.review as Record<string, unknown>[]
    expect(entries).toHaveLength(5)
    expect(entries[0]).toEqual({
      "@type": "Review",
      author: { "@type": "Person", name: "Salma", givenName: "Salma" },
      datePublished: "2026-11-03",
      reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1 },
      reviewBody: "رائع",
      inLanguage: "ar",
    })
  })

  it("leaves out reviews without an author's name, and a body she did not write", () => {
    const data = productJsonLd({
      ...base,
      reviews: {
        rating: { average: 4, count: 2 },
        reviews: [review({ author_first_name: null }), review({ body: null, locale: null })],
      },
    })
    const entries = data.review as Record<string, unknown>[]
    expect(entries).toHaveLength(1)
    expect(entries[0]).not.toHaveProperty("reviewBody")
    expect(entries[0]).not.toHaveProperty("inLanguage")
  })
})

describe("jsonLdText", () => {
  it("keeps a buyer's words from closing the script", () => {
    const text = jsonLdText({ reviewBody: "</script><script>alert(1)</script>" })
    expect(text).not.toContain("</script>")
    expect(JSON.parse(text)).toEqual({ reviewBody: "</script><script>alert(1)</script>" })
  })
})

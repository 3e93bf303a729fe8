import { describe, expect, it } from "vitest"
import { BackendError } from "@/lib/util/http-error"
import { parseReviewForm, reviewAuthor, reviewErrorCode } from "./reviews"

function form(fields: Record<string, string>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    data.append(name, value)
  }
  return data
}

describe("parseReviewForm", () => {
  it("reads a new review: the product, the stars and her words trimmed", () => {
    expect(parseReviewForm(form({ product_id: "prod_1", rating: "4", body: "  Très beau  " }))).toEqual({
      form: { productId: "prod_1", rating: 4, text: "Très beau" },
    })
  })

  it("reads an edit by its review id, and words left empty as none", () => {
    expect(
      parseReviewForm(form({ product_id: "prod_1", review_id: "rev_1", rating: "5", body: " " }))
    ).toEqual({ form: { productId: "prod_1", reviewId: "rev_1", rating: 5, text: null } })
  })

  it("asks for a rating of 1 to 5 stars", () => {
    expect(parseReviewForm(form({ product_id: "prod_1" }))).toEqual({ error: "reviewRating" })
    expect(parseReviewForm(form({ product_id: "prod_1", rating: "6" }))).toEqual({ error: "reviewRating" })
    expect(parseReviewForm(form({ product_id: "prod_1", rating: "2.5" }))).toEqual({ error: "reviewRating" })
  })

  it("refuses words over 2 000 characters", () => {
    const body = "a".repeat(2001)
    expect(parseReviewForm(form({ product_id: "prod_1", rating: "3", body }))).toEqual({ error: "tooLong" })
  })
})

describe("reviewErrorCode", () => {
  const refused = (status: number, code?: string, fields: { path: string; message: string }[] = []) =>
    new BackendError("refused", status, code as never, fields)

  it("says she already reviewed the product, or has not received it yet", () => {
    expect(reviewErrorCode(refused(409, "conflict"))).toBe("reviewExists")
    expect(reviewErrorCode(refused(400, "invalid_request"))).toBe("reviewNotDelivered")
  })

  it("names the field the backend refused", () => {
    expect(reviewErrorCode(refused(400, "validation_failed", [{ path: "body", message: "" }]))).toBe(
      "tooLong"
    )
    expect(reviewErrorCode(refused(400, "validation_failed", [{ path: "photo_urls", message: "" }]))).toBe(
      "photoCount"
    )
  })

  it("falls back to the shop's words, never to a lost cart", () => {
    expect(reviewErrorCode(refused(401))).toBe("sessionExpired")
    expect(reviewErrorCode(refused(404, "not_found"))).toBe("notAccepted")
    expect(reviewErrorCode(new TypeError("fetch failed"))).toBe("network")
  })
})

describe("reviewAuthor", () => {
  const labels = { nameAndCity: "{name}, {city}", anonymous: "Une cliente" }

  it("names her by first name and town, or whichever she has", () => {
    expect(reviewAuthor({ author_first_name: "Amina", author_city: "Marrakech" }, labels)).toBe(
      "Amina, Marrakech"
    )
    expect(reviewAuthor({ author_first_name: "Amina", author_city: null }, labels)).toBe("Amina")
    expect(reviewAuthor({ author_first_name: " ", author_city: null }, labels)).toBe("Une cliente")
  })
})

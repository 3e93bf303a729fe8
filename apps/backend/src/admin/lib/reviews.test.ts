import { describe, expect, it } from "vitest"
import { isRejectReason, ratingStars, reviewAuthor } from "./reviews"

describe("review display", () => {
  it("draws a rating as five stars, clamped", () => {
    expect(ratingStars(4)).toBe("★★★★☆")
    expect(ratingStars(5)).toBe("★★★★★")
    expect(ratingStars(1)).toBe("★☆☆☆☆")
    expect(ratingStars(9)).toBe("★★★★★")
    expect(ratingStars(-1)).toBe("☆☆☆☆☆")
  })

  it("names the author by first name and town, as the shop does", () => {
    expect(reviewAuthor({ author_first_name: "Amina", author_city: "Marrakech" })).toBe("Amina, Marrakech")
    expect(reviewAuthor({ author_first_name: "Amina", author_city: null })).toBe("Amina")
    expect(reviewAuthor({ author_first_name: " ", author_city: "Fès" })).toBe("Fès")
    expect(reviewAuthor({ author_first_name: null, author_city: null })).toBe("")
  })

  it("takes a rejection's reason of 3 to 500 characters, spaces aside", () => {
    expect(isRejectReason("  ok ")).toBe(false)
    expect(isRejectReason("Hors sujet")).toBe(true)
    expect(isRejectReason("x".repeat(500))).toBe(true)
    expect(isRejectReason("x".repeat(501))).toBe(false)
  })
})

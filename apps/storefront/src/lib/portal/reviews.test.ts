import { describe, expect, it } from "vitest"
import { parseReply, ratingStars, reviewAuthor } from "./reviews"

describe("portal reviews", () => {
  it("draws a rating as five stars, clamped", () => {
    expect(ratingStars(4)).toBe("★★★★☆")
    expect(ratingStars(5)).toBe("★★★★★")
    expect(ratingStars(1)).toBe("★☆☆☆☆")
    expect(ratingStars(7)).toBe("★★★★★")
    expect(ratingStars(-2)).toBe("☆☆☆☆☆")
  })

  it("names the author by first name and town, as the shop does", () => {
    expect(reviewAuthor({ author_first_name: "Amina", author_city: "Marrakech" })).toBe("Amina, Marrakech")
    expect(reviewAuthor({ author_first_name: "أمينة", author_city: null })).toBe("أمينة")
    expect(reviewAuthor({ author_first_name: " ", author_city: "Fès" })).toBe("Fès")
    expect(reviewAuthor({ author_first_name: null, author_city: null })).toBe("")
  })

  it("takes an answer of 2 to 1 000 characters, trimmed", () => {
    expect(parseReply(undefined)).toEqual({ ok: false, error: "required" })
    expect(parseReply("  x  ")).toEqual({ ok: false, error: "required" })
    expect(parseReply("  Merci Amina !  ")).toEqual({ ok: true, text: "Merci Amina !" })
    expect(parseReply("x".repeat(1000))).toEqual({ ok: true, text: "x".repeat(1000) })
    expect(parseReply("x".repeat(1001))).toEqual({ ok: false, error: "tooLong" })
  })
})

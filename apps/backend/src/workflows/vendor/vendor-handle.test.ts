import { describe, expect, it } from "vitest"
import { slugifyVendorName, uniqueHandle } from "./vendor-handle"

describe("slugifyVendorName", () => {
  it("drops accents and punctuation", () => {
    expect(slugifyVendorName("Coopérative Tifawin — Argan d'Essaouira")).toBe(
      "cooperative-tifawin-argan-d-essaouira"
    )
  })

  it("falls back for names without Latin letters", () => {
    expect(slugifyVendorName("تعاونية تيفاوين")).toBe("cooperative")
  })
})

describe("uniqueHandle", () => {
  it("adds the first free number", () => {
    expect(uniqueHandle("tifawin", [])).toBe("tifawin")
    expect(uniqueHandle("tifawin", ["tifawin", "tifawin-2"])).toBe("tifawin-3")
  })
})

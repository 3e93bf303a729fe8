import { describe, expect, it } from "vitest"
import { formatMoney, sumAmounts } from "./money"

// Intl inserts narrow no-break spaces and bidi marks; compare on plain spaces and no marks.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/[\u200e\u200f\u061c]/g, "")

describe("formatMoney", () => {
  it("formats dirhams and euros in French", () => {
    expect(plain(formatMoney(120, "mad", "fr"))).toBe("120 MAD")
    expect(plain(formatMoney(12.5, "eur", "fr"))).toBe("12,50 €")
    expect(plain(formatMoney(1250, "mad", "fr"))).toBe("1 250 MAD")
  })

  it("formats in English", () => {
    expect(plain(formatMoney(12.5, "eur", "en"))).toBe("€12.50")
    expect(plain(formatMoney(120, "MAD", "en"))).toBe("MAD 120")
  })

  it("formats in Moroccan Arabic with Western digits", () => {
    const mad = plain(formatMoney(120, "mad", "ar"))
    expect(mad).toContain("120")
    expect(mad).toContain("د.م.")
    expect(plain(formatMoney(12.5, "eur", "ar"))).toContain("12,50")
  })
})

describe("sumAmounts", () => {
  it("adds amounts exactly and counts missing ones as zero", () => {
    expect(sumAmounts([0.1, 0.2])).toBe(0.3)
    expect(sumAmounts([120, 12.5, null, undefined])).toBe(132.5)
    expect(sumAmounts([])).toBe(0)
  })
})

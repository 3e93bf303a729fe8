import { describe, expect, it } from "vitest"
import { formatAmounts, hasSales } from "./impact"

const spaces = (text: string) => text.replace(/\s/g, " ")

describe("formatAmounts", () => {
  it("shows dirhams first, then euros, and drops a currency with nothing in it", () => {
    expect(spaces(formatAmounts({ eur: "310", mad: "12450.5" }, "fr"))).toBe("12 450,50 MAD + 310 €")
    expect(spaces(formatAmounts({ mad: "900", eur: "0" }, "en"))).toBe("MAD 900")
  })

  it("says zero dirhams rather than nothing when no money moved yet", () => {
    expect(spaces(formatAmounts({}, "fr"))).toBe("0 MAD")
  })
})

describe("hasSales", () => {
  it("counts a stand sale as much as an online order", () => {
    expect(hasSales({ orders: { online: 0, at_events: 0 } })).toBe(false)
    expect(hasSales({ orders: { online: 0, at_events: 1 } })).toBe(true)
  })
})

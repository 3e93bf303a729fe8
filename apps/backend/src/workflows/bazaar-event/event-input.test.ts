import { describe, expect, it } from "vitest"
import { bazaarEventColumns, bazaarEventTranslationLocales, eventTiming, firstDuplicate } from "./event-input"

describe("bazaar event input", () => {
  it("keeps French on the row and ar/en as translations", () => {
    const input = {
      handle: "mdiq-2027",
      name: { fr: "Bazar de M'diq", ar: "بازار المضيق", en: "M'diq bazaar" },
      opening_hours: { fr: "10h–20h" },
    }
    expect(bazaarEventColumns(input)).toEqual({
      handle: "mdiq-2027",
      name: "Bazar de M'diq",
      opening_hours: "10h–20h",
    })
    expect(bazaarEventTranslationLocales(input)).toEqual({
      ar: { name: "بازار المضيق" },
      en: { name: "M'diq bazaar" },
    })
  })

  it("clears a text with null, in every language", () => {
    expect(bazaarEventColumns({ description: null })).toEqual({ description: null })
    expect(bazaarEventTranslationLocales({ description: null })).toEqual({
      ar: { description: null },
      en: { description: null },
    })
  })

  it("removes a translation given empty and keeps one left out", () => {
    expect(bazaarEventTranslationLocales({ name: { fr: "Bazar de Chaouen", ar: "" } })).toEqual({
      ar: { name: null },
      en: {},
    })
  })

  it("tells past, current and upcoming events apart", () => {
    const now = new Date("2027-06-12T12:00:00Z")
    const event = (starts: string, ends: string) => ({ starts_at: starts, ends_at: ends })
    expect(eventTiming(event("2027-06-10T08:00:00Z", "2027-06-14T20:00:00Z"), now)).toBe("current")
    expect(eventTiming(event("2027-06-20T08:00:00Z", "2027-06-24T20:00:00Z"), now)).toBe("upcoming")
    expect(eventTiming(event("2027-05-01T08:00:00Z", "2027-05-04T20:00:00Z"), now)).toBe("past")
  })

  it("finds a repeated value", () => {
    expect(firstDuplicate(["1", "2", "1"])).toBe("1")
    expect(firstDuplicate(["1", "2"])).toBeUndefined()
  })
})

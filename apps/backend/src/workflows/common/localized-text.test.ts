import { describe, expect, it } from "vitest"
import { splitLocalizedText, translationLocales } from "./localized-text"

describe("splitLocalizedText", () => {
  it("keeps French as the base text and the others as translations", () => {
    expect(splitLocalizedText({ fr: "Miel", ar: "عسل", en: "Honey" })).toEqual({
      base: "Miel",
      translations: { ar: "عسل", en: "Honey" },
    })
  })

  it("uses the first language given as base when French is missing", () => {
    expect(splitLocalizedText({ ar: "عسل" })).toEqual({ base: "عسل", translations: { ar: "عسل" } })
    expect(splitLocalizedText({ en: "Honey", ar: "عسل" })).toEqual({
      base: "عسل",
      translations: { ar: "عسل", en: "Honey" },
    })
  })

  it("ignores empty texts", () => {
    expect(splitLocalizedText({ fr: "", en: "Honey" })).toEqual({
      base: "Honey",
      translations: { en: "Honey" },
    })
    expect(splitLocalizedText(undefined)).toEqual({ base: undefined, translations: {} })
  })
})

describe("translationLocales", () => {
  it("groups several fields per locale", () => {
    expect(translationLocales({ title: { fr: "Miel", en: "Honey" }, description: { ar: "وصف" } })).toEqual({
      ar: { description: "وصف" },
      en: { title: "Honey" },
    })
  })
})

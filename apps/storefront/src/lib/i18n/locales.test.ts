import { describe, expect, it } from "vitest"
import { intlLocale, isLocale, localeDirection, negotiateLocale, switchLocalePath } from "./locales"

describe("negotiateLocale", () => {
  it("defaults to French without a header", () => {
    expect(negotiateLocale(undefined)).toBe("fr")
    expect(negotiateLocale("")).toBe("fr")
  })

  it("matches the primary subtag", () => {
    expect(negotiateLocale("ar-MA,ar;q=0.9")).toBe("ar")
    expect(negotiateLocale("en-US,en;q=0.9")).toBe("en")
  })

  it("respects quality values, not only order", () => {
    expect(negotiateLocale("de;q=1,en;q=0.4,ar;q=0.8")).toBe("ar")
  })

  it("skips unsupported languages and q=0", () => {
    expect(negotiateLocale("es-ES,de;q=0.9,en;q=0")).toBe("fr")
    expect(negotiateLocale("es,en;q=0.5")).toBe("en")
  })

  it("prefers a remembered choice when it is valid", () => {
    expect(negotiateLocale("en", "ar")).toBe("ar")
    expect(negotiateLocale("en", "xx")).toBe("en")
  })
})

describe("switchLocalePath", () => {
  it("replaces the locale segment", () => {
    expect(switchLocalePath("/fr/products/argan", "ar")).toBe("/ar/products/argan")
    expect(switchLocalePath("/en", "fr")).toBe("/fr")
  })

  it("adds a locale to a bare path", () => {
    expect(switchLocalePath("/", "en")).toBe("/en")
    expect(switchLocalePath("/cooperatives", "ar")).toBe("/ar/cooperatives")
  })
})

describe("locale helpers", () => {
  it("knows which locales exist and their direction", () => {
    expect(isLocale("ar")).toBe(true)
    expect(isLocale("de")).toBe(false)
    expect(localeDirection("ar")).toBe("rtl")
    expect(localeDirection("fr")).toBe("ltr")
    expect(intlLocale("ar")).toBe("ar-MA")
  })
})

import { describe, expect, it } from "vitest"
import { hitTitle, suggestionTitles } from "./search-hit"

const argan = { title_fr: "Huile d'argan", title_ar: "زيت الأركان", title_en: "Argan oil" }
const amlou = { title_fr: "Amlou", title_ar: null, title_en: "" }

describe("search hits", () => {
  it("titles a hit in the page language, in French when it has no translation", () => {
    expect(hitTitle(argan, "ar")).toBe("زيت الأركان")
    expect(hitTitle(amlou, "ar")).toBe("Amlou")
    expect(hitTitle(amlou, "en")).toBe("Amlou")
  })

  it("suggests each product name once, in the order found", () => {
    expect(suggestionTitles([argan, amlou, { ...argan }], "en")).toEqual(["Argan oil", "Amlou"])
  })
})

import { describe, expect, it } from "vitest"
import { productTitleIn, productTitles } from "./product-title"

const product = {
  title: "Tapis Azilal",
  translations: { ar: { title: "زربية أزيلال" }, en: { title: " " } },
}

describe("productTitleIn", () => {
  it("reads the title in the member's language, and as saved when that language was not written", () => {
    expect(productTitleIn(product, "ar")).toBe("زربية أزيلال")
    expect(productTitleIn(product, "en")).toBe("Tapis Azilal")
    expect(productTitleIn({ title: "Safran" }, "ar")).toBe("Safran")
  })
})

describe("productTitles", () => {
  it("joins every title once, for searching in any language", () => {
    expect(productTitles(product)).toBe("Tapis Azilal زربية أزيلال")
  })
})

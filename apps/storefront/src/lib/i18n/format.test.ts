import { describe, expect, it } from "vitest"
import { format, plural } from "./format"

describe("format", () => {
  it("fills placeholders and keeps unknown ones", () => {
    expect(format("Page {page} sur {total}", { page: 2, total: 5 })).toBe("Page 2 sur 5")
    expect(format("Bonjour {name}")).toBe("Bonjour {name}")
  })
})

describe("plural", () => {
  const fr = { one: "{count} produit", other: "{count} produits" }
  const ar = {
    zero: "لا توجد منتجات",
    one: "منتج واحد",
    two: "منتجان",
    few: "{count} منتجات",
    many: "{count} منتجًا",
    other: "{count} منتج",
  }

  it("uses French and English rules", () => {
    expect(plural("fr", 1, fr)).toBe("1 produit")
    expect(plural("fr", 12, fr)).toBe("12 produits")
    expect(plural("en", 1, { one: "{count} item", other: "{count} items" })).toBe("1 item")
  })

  it("uses the six Arabic forms", () => {
    expect(plural("ar", 0, ar)).toBe("لا توجد منتجات")
    expect(plural("ar", 1, ar)).toBe("منتج واحد")
    expect(plural("ar", 2, ar)).toBe("منتجان")
    expect(plural("ar", 5, ar)).toBe("5 منتجات")
    expect(plural("ar", 11, ar)).toBe("11 منتجًا")
    expect(plural("ar", 100, ar)).toBe("100 منتج")
  })

  it("falls back to other when a form is missing", () => {
    expect(plural("ar", 2, { other: "{count} منتج" })).toBe("2 منتج")
  })
})

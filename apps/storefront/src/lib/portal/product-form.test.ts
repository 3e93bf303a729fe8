import { describe, expect, it } from "vitest"
import type { VendorProduct } from "@/lib/types/custom-routes"
import {
  changeVariantRows,
  parseProductForm,
  parseProductIntent,
  productField,
  productToFormValues,
  rejectionReason,
  splitMaterials,
  variantRowCount,
} from "./product-form"

function form(fields: [string, string][]): FormData {
  const data = new FormData()
  for (const [name, value] of fields) {
    data.append(name, value)
  }
  return data
}

const options = {
  defaultVariantTitle: "Standard",
  images: ["http://localhost:9000/static/a.png"],
  requirePhotos: true,
}

describe("parseProductForm", () => {
  it("shapes the API body from a form written in Arabic only", () => {
    const parsed = parseProductForm(
      form([
        ["title_fr", ""],
        ["title_ar", "زيت الأركان"],
        ["title_en", ""],
        ["description_ar", "زيت معصور على البارد"],
        ["category_id", "pcat_1"],
        ["materials", "أركان، زجاج"],
        ["technique", "عصر على البارد"],
        ["made_to_order", "on"],
        ["lead_time_days", "7"],
        ["variant_id", ""],
        ["variant_title", ""],
        ["variant_sku", ""],
        ["variant_price_mad", "120,50"],
        ["variant_price_eur", "12"],
        ["variant_stock", "5"],
        // the spare empty row a member did not fill
        ["variant_id", ""],
        ["variant_title", ""],
        ["variant_sku", ""],
        ["variant_price_mad", ""],
        ["variant_price_eur", ""],
        ["variant_stock", ""],
      ]),
      options
    )
    expect(parsed).toEqual({
      ok: true,
      data: {
        title: { ar: "زيت الأركان" },
        description: { ar: "زيت معصور على البارد" },
        category_id: "pcat_1",
        images: ["http://localhost:9000/static/a.png"],
        handmade: {
          materials: ["أركان", "زجاج"],
          technique: "عصر على البارد",
          made_to_order: true,
          lead_time_days: 7,
          one_of_a_kind: false,
        },
        variants: [{ title: "Standard", price_mad: 120.5, price_eur: 12, stock: 5 }],
      },
    })
  })

  it("reports missing texts, photos, prices and lead time at their fields", () => {
    const parsed = parseProductForm(
      form([
        ["made_to_order", "on"],
        ["variant_title", "Petit"],
        ["variant_price_mad", "abc"],
        ["variant_price_eur", ""],
        ["variant_stock", "-1"],
        ["variant_title", ""],
        ["variant_price_mad", "10"],
        ["variant_price_eur", "1"],
        ["variant_stock", "2"],
      ]),
      { defaultVariantTitle: "Standard", images: [], requirePhotos: true }
    )
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: {
        title_fr: "titleRequired",
        description_fr: "descriptionRequired",
        category_id: "required",
        photos: "photoRequired",
        lead_time_days: "leadTimeRequired",
        "variant_price_mad.0": "price",
        "variant_price_eur.0": "priceRequired",
        "variant_stock.0": "stock",
        "variant_title.1": "variantTitleRequired",
      },
    })
  })

  it("lets a draft wait for its photos, and refuses two versions with the same name", () => {
    const parsed = parseProductForm(
      form([
        ["title_fr", "Tapis"],
        ["description_fr", "Laine"],
        ["category_id", "pcat_1"],
        ["variant_title", "Grand"],
        ["variant_price_mad", "900"],
        ["variant_price_eur", "90"],
        ["variant_stock", "1"],
        ["variant_title", "grand"],
        ["variant_price_mad", "900"],
        ["variant_price_eur", "90"],
        ["variant_stock", "1"],
      ]),
      { ...options, images: [], requirePhotos: false }
    )
    expect(parsed).toEqual({ ok: false, fieldErrors: { "variant_title.1": "variantTitleDuplicate" } })
  })

  it("asks for at least one version", () => {
    const parsed = parseProductForm(form([["title_fr", "Tapis"]]), options)
    expect(!parsed.ok && parsed.fieldErrors["variant_price_mad.0"]).toBe("variantRequired")
  })

  it("keeps variant ids so an edit updates rows instead of adding them", () => {
    const parsed = parseProductForm(
      form([
        ["title_fr", "Tapis"],
        ["description_fr", "Laine"],
        ["category_id", "pcat_1"],
        ["variant_id", "variant_1"],
        ["variant_title", "Grand"],
        ["variant_price_mad", "900"],
        ["variant_price_eur", "90"],
        ["variant_stock", "1"],
      ]),
      options
    )
    expect(parsed.ok && parsed.data.variants).toEqual([
      { id: "variant_1", title: "Grand", price_mad: 900, price_eur: 90, stock: 1 },
    ])
  })
})

describe("intents and rows", () => {
  it("reads the pressed button", () => {
    expect(parseProductIntent("submit")).toEqual({ kind: "submit" })
    expect(parseProductIntent("remove-variant:2")).toEqual({ kind: "remove-variant", index: 2 })
    expect(parseProductIntent(null)).toEqual({ kind: "save" })
    expect(parseProductIntent("whatever")).toEqual({ kind: "save" })
  })

  it("adds and removes rows of versions", () => {
    const values = { variant_title: ["S", "M"], variant_price_mad: ["1", "2"] }
    const added = changeVariantRows(values, { kind: "add-variant" })
    expect(variantRowCount(added)).toBe(3)
    expect(added.variant_title).toEqual(["S", "M", ""])
    const removed = changeVariantRows(values, { kind: "remove-variant", index: 0 })
    expect(removed.variant_title).toEqual(["M"])
    expect(removed.variant_price_mad).toEqual(["2"])
    expect(
      changeVariantRows({ variant_title: "S" }, { kind: "remove-variant", index: 0 }).variant_title
    ).toEqual(["S"])
  })

  it("splits materials on Latin and Arabic commas and lines", () => {
    expect(splitMaterials("laine, henné\ncoton ، سدر;")).toEqual(["laine", "henné", "coton", "سدر"])
    expect(splitMaterials(undefined)).toEqual([])
  })
})

describe("productToFormValues", () => {
  const product: VendorProduct = {
    id: "prod_1",
    title: "زيت الأركان",
    description: "زيت",
    status: "rejected",
    images: [{ url: "http://x/a.png" }],
    categories: [{ id: "pcat_1" }],
    metadata: { materials: ["argan"], one_of_a_kind: true, made_to_order: true, lead_time_days: 5 },
    translations: { ar: { title: "زيت الأركان", description: "زيت" }, en: { title: "Argan oil" } },
    variants: [
      {
        id: "variant_1",
        title: "250 ml",
        sku: null,
        prices: [
          { amount: 120.5, currency_code: "mad" },
          { amount: 12, currency_code: "eur" },
        ],
        inventory_quantity: 4,
      },
    ],
  }

  it("fills the edit form, leaving French empty when the base text is the Arabic one", () => {
    expect(productToFormValues(product)).toEqual({
      product_id: "prod_1",
      title_fr: "",
      title_ar: "زيت الأركان",
      title_en: "Argan oil",
      description_fr: "",
      description_ar: "زيت",
      description_en: "",
      category_id: "pcat_1",
      images: ["http://x/a.png"],
      materials: "argan",
      technique: "",
      lead_time_days: "5",
      option_title: "",
      made_to_order: "on",
      one_of_a_kind: "on",
      variant_id: ["variant_1"],
      variant_title: ["250 ml"],
      variant_sku: [""],
      variant_price_mad: ["120.5"],
      variant_price_eur: ["12"],
      variant_stock: ["4"],
    })
  })

  it("keeps a French base title", () => {
    const values = productToFormValues({ ...product, title: "Huile d'argan", description: "Huile" })
    expect(values.title_fr).toBe("Huile d'argan")
    expect(values.description_fr).toBe("Huile")
  })
})

describe("rejectionReason", () => {
  it("reads the staff's reason of a rejected product only", () => {
    const base = { id: "p", title: "t" }
    expect(rejectionReason({ ...base, status: "rejected", rejection_reason: "Photo floue" })).toBe(
      "Photo floue"
    )
    expect(rejectionReason({ ...base, status: "rejected", metadata: { rejection_reason: "Prix" } })).toBe(
      "Prix"
    )
    expect(rejectionReason({ ...base, status: "draft", rejection_reason: "old" })).toBeUndefined()
  })
})

describe("productField", () => {
  it("maps API paths to form fields", () => {
    expect(productField("title.ar")).toBe("title_ar")
    expect(productField("variants.1.price_eur")).toBe("variant_price_eur.1")
    expect(productField("handmade.lead_time_days")).toBe("lead_time_days")
    expect(productField("images.0")).toBe("photos")
    expect(productField("category_id")).toBe("category_id")
    expect(productField("vendor_id")).toBeUndefined()
  })
})

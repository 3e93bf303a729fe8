import { VendorCreateApplication, VendorProductForm } from "@bazaar/contracts/schemas"
import { describe, expect, it } from "vitest"
import { applicationField } from "./application"
import { parseProductForm, productField } from "./product-form"
import { schemaFieldErrors } from "./schema-check"

function form(fields: [string, string][]): FormData {
  const data = new FormData()
  for (const [name, value] of fields) {
    data.append(name, value)
  }
  return data
}

const productForm = (priceMad: string) =>
  parseProductForm(
    form([
      ["title_fr", "Huile d'argan"],
      ["description_fr", "Pressée à froid"],
      ["category_id", "pcat_1"],
      ["variant_title", "250 ml"],
      ["variant_price_mad", priceMad],
      ["variant_price_eur", "12"],
      ["variant_stock", "4"],
    ]),
    { defaultVariantTitle: "Standard", images: ["http://localhost:9000/static/a.png"], requirePhotos: true }
  )

describe("schemaFieldErrors", () => {
  it("passes a product body the backend's schema accepts", () => {
    const parsed = productForm("120")
    expect(parsed.ok).toBe(true)
    expect(parsed.ok && schemaFieldErrors(VendorProductForm, parsed.data, productField)).toBeUndefined()
  })

  it("marks at its input what only the backend's schema refuses (a price above its limit)", () => {
    const parsed = productForm("2000000")
    expect(parsed.ok).toBe(true)
    expect(parsed.ok && schemaFieldErrors(VendorProductForm, parsed.data, productField)).toEqual({
      "variant_price_mad.0": "invalid",
    })
  })

  it("maps an application's paths to the form's fields", () => {
    const body = {
      vendor: {
        name: "Coopérative",
        legal_form: "cooperative",
        region: "Souss-Massa",
        city: "Agadir",
        story: { fr: "Histoire" },
        email: "coop@example.ma",
        phone: "0612345678",
        ice: "123",
      },
      member: { first_name: "Aicha", last_name: "B", phone: "0612345678" },
    }
    expect(schemaFieldErrors(VendorCreateApplication, body, applicationField)).toEqual({ ice: "invalid" })
  })
})

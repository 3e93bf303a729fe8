import { describe, expect, it } from "vitest"
import { PRODUCT_LIMITS } from "../product-limits"
import { VendorCreateProduct, VendorUpdateProduct } from "./vendor-products"

const product = (variants: object[]) => ({
  title: { fr: "Huile d'argan" },
  description: {},
  category_id: "pcat_1",
  images: [],
  handmade: { materials: [], made_to_order: false, one_of_a_kind: false },
  variants,
})
const variant = { title: "250 ml", price_mad: 120, price_eur: 12, stock: 4 }

describe("vendor product schemas", () => {
  it("accept a product within the limits and refuse one beyond them", () => {
    expect(VendorCreateProduct.safeParse(product([variant])).success).toBe(true)
    const tooDear = VendorCreateProduct.safeParse(
      product([{ ...variant, price_mad: PRODUCT_LIMITS.price_mad + 1 }])
    )
    expect(tooDear.error?.issues.map((issue) => issue.path.join("."))).toEqual(["variants.0.price_mad"])
  })

  it("refuse two variants of the same name, and variant ids on creation only", () => {
    const twice = VendorCreateProduct.safeParse(product([variant, { ...variant, title: "250 ML" }]))
    expect(twice.success).toBe(false)
    expect(VendorCreateProduct.safeParse(product([{ ...variant, id: "variant_1" }])).success).toBe(false)
    expect(VendorUpdateProduct.safeParse({ variants: [{ ...variant, id: "variant_1" }] }).success).toBe(true)
  })

  it("sell a one-of-a-kind piece once: one variant, one in stock at most", () => {
    const piece = (variants: object[]) => ({
      ...product(variants),
      handmade: { materials: [], made_to_order: false, one_of_a_kind: true },
    })
    expect(VendorCreateProduct.safeParse(piece([{ ...variant, stock: 1 }])).success).toBe(true)
    const two = VendorCreateProduct.safeParse(piece([{ ...variant, stock: 2 }]))
    expect(two.error?.issues.map((issue) => issue.path.join("."))).toEqual(["variants"])
    expect(
      VendorCreateProduct.safeParse(
        piece([
          { ...variant, stock: 1 },
          { ...variant, title: "1 l", stock: 0 },
        ])
      ).success
    ).toBe(false)
    expect(VendorUpdateProduct.safeParse({ handmade: piece([]).handmade }).success).toBe(true)
  })
})

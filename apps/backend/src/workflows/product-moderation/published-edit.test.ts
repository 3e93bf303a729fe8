import {
  approvedEditInput,
  priceMovedBeyond,
  splitPublishedEdit,
  type PublishedProduct,
} from "./published-edit"

const product: PublishedProduct = {
  title: "Huile d'argan",
  description: "Pressée à froid",
  category_id: "pcat_1",
  images: [{ url: "http://x/a.webp" }],
  handmade: {
    materials: ["argan"],
    technique: null,
    made_to_order: false,
    lead_time_days: null,
    one_of_a_kind: false,
  },
  variants: [
    { id: "v1", title: "250 ml", sku: "ARG-250", price_mad: 100, price_eur: 10, stock: 5 },
    { id: "v2", title: "500 ml", sku: null, price_mad: 180, price_eur: 18, stock: 2 },
  ],
  translations: { ar: { title: "زيت أركان" } },
}
const form = {
  title: { fr: "Huile d'argan", ar: "زيت أركان" },
  description: { fr: "Pressée à froid" },
  category_id: "pcat_1",
  images: ["http://x/a.webp"],
  handmade: {
    materials: ["argan"],
    technique: null,
    made_to_order: false,
    lead_time_days: 7,
    one_of_a_kind: false,
  },
  variants: [
    { id: "v1", title: "250 ml", sku: "ARG-250", price_mad: 100, price_eur: 10, stock: 5 },
    { id: "v2", title: "500 ml", sku: null, price_mad: 180, price_eur: 18, stock: 2 },
  ],
}

describe("splitPublishedEdit", () => {
  it("finds nothing to do in the form saved as it is", () => {
    expect(splitPublishedEdit(form, product, 10)).toEqual({ live: null, review: null })
  })

  it("puts stock and small price moves live, without review", () => {
    const variants = [
      { ...form.variants[0], stock: 9, price_mad: 109 },
      { ...form.variants[1], stock: 0 },
    ]
    const { live, review } = splitPublishedEdit({ ...form, variants }, product, 10)
    expect(review).toBeNull()
    expect(live?.variants?.map((v) => [v.id, v.price_mad, v.stock])).toEqual([
      ["v1", 109, 9],
      ["v2", 180, 0],
    ])
  })

  it("sends texts, photos and a larger price move to review, while stock goes live", () => {
    const edit = {
      ...form,
      title: { fr: "Huile d'argan bio", ar: "زيت أركان" },
      images: ["http://x/b.webp"],
      variants: [{ ...form.variants[0], price_mad: 150, stock: 8 }, form.variants[1]],
    }
    const { live, review } = splitPublishedEdit(edit, product, 10)
    expect(Object.keys(review!).sort()).toEqual(["images", "title", "variants"])
    expect(live?.variants?.map((v) => [v.id, v.price_mad, v.stock])).toEqual([
      ["v1", 100, 8],
      ["v2", 180, 2],
    ])
  })

  it("reviews a new, renamed or removed variant and a new translation", () => {
    const added = splitPublishedEdit(
      { variants: [...form.variants, { title: "1 l", price_mad: 300, price_eur: 30, stock: 1 }] },
      product,
      10
    )
    expect(added.review?.variants).toHaveLength(3)
    expect(added.live).toBeNull()
    expect(splitPublishedEdit({ variants: [form.variants[0]] }, product, 10).review?.variants).toHaveLength(1)
    expect(
      splitPublishedEdit(
        { variants: [{ ...form.variants[0], title: "25 cl" }, form.variants[1]] },
        product,
        10
      ).review
    ).not.toBeNull()
    expect(splitPublishedEdit({ title: { en: "Argan oil" } }, product, 10).review).toEqual({
      title: { en: "Argan oil" },
    })
  })
})

describe("priceMovedBeyond", () => {
  it("allows a move up to the share, either way", () => {
    expect(priceMovedBeyond(100, 110, 10)).toBe(false)
    expect(priceMovedBeyond(100, 90, 10)).toBe(false)
    expect(priceMovedBeyond(100, 110.5, 10)).toBe(true)
    expect(priceMovedBeyond(null, 5, 10)).toBe(true)
  })
})

describe("approvedEditInput", () => {
  it("keeps today's stock of the saved variants, and a new variant's stock as written", () => {
    const changes = {
      variants: [
        { id: "v1", title: "25 cl", price_mad: 150, price_eur: 15, stock: 5 },
        { title: "1 l", price_mad: 300, price_eur: 30, stock: 4 },
      ],
    }
    const today = { variants: [{ ...product.variants[0], stock: 1 }] }
    expect(approvedEditInput(changes, today).variants?.map((v) => v.stock)).toEqual([1, 4])
  })
})

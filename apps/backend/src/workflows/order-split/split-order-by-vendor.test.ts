import { describe, expect, it } from "vitest"
import { splitOrderByVendor, type SplitContext, type SplitOrder } from "./split-order-by-vendor"

const order: SplitOrder = {
  id: "order_1",
  display_id: 7,
  currency_code: "mad",
  items: [
    {
      id: "li_a1",
      product_id: "prod_a",
      variant_id: "v_a",
      title: "Huile",
      quantity: 2,
      unit_price: 120.1,
      total: 240.2,
    },
    {
      id: "li_b1",
      product_id: "prod_b",
      variant_id: "v_b",
      title: "Tapis",
      quantity: 1,
      unit_price: 0.3,
      total: 0.3,
    },
    {
      id: "li_a2",
      product_id: "prod_a2",
      variant_id: "v_a2",
      title: "Amlou",
      quantity: 3,
      unit_price: 0.1,
      total: 0.3,
    },
  ],
  shipping_methods: [
    { id: "sm_a", shipping_option_id: "so_a", total: 35 },
    { id: "sm_b", shipping_option_id: "so_b", total: 0 },
  ],
}

const context: SplitContext = {
  products: [
    { id: "prod_a", vendor_id: "vend_a", shipping_profile_id: "sp_a" },
    { id: "prod_a2", vendor_id: "vend_a", shipping_profile_id: "sp_a" },
    { id: "prod_b", vendor_id: "vend_b", shipping_profile_id: "sp_b" },
  ],
  shipping_options: [
    { id: "so_a", shipping_profile_id: "sp_a", location_id: "sloc_a" },
    { id: "so_b", shipping_profile_id: "sp_b", location_id: "sloc_b" },
  ],
  vendors: [
    { id: "vend_a", commission_rate: 10, location_ids: ["sloc_a"] },
    { id: "vend_b", commission_rate: null, location_ids: ["sloc_b"] },
  ],
  payment_provider_id: "pp_cod_cod",
}

describe("splitOrderByVendor", () => {
  it("gives each cooperative its lines, its shipping and its earnings, without float drift", () => {
    const [a, b] = splitOrderByVendor(order, context)
    expect(a).toMatchObject({
      vendor_id: "vend_a",
      item_total: "240.5",
      shipping_total: "35",
      total: "275.5",
      commission_amount: "24.05",
      vendor_amount: "251.45",
      shipping_method_ids: ["sm_a"],
    })
    expect(a.items.map((item) => item.line_item_id)).toEqual(["li_a1", "li_a2"])
    // default rate 10 %, rounded half-up to the cent: 0.03
    expect(b).toMatchObject({
      vendor_id: "vend_b",
      item_total: "0.3",
      commission_rate: "10",
      commission_amount: "0.03",
      vendor_amount: "0.27",
    })
  })

  it("applies the rates in force when the order was placed, per product category", () => {
    const withHistory: SplitContext = {
      ...context,
      products: context.products.map((product) =>
        product.id === "prod_a2" ? { ...product, category_ids: ["pcat_food"] } : product
      ),
      vendors: [
        {
          id: "vend_a",
          commission_rate: 10,
          commission_rates: [
            { rate: 8, category_id: null, effective_from: "2026-11-01T00:00:00Z" },
            { rate: 20, category_id: null, effective_from: "2027-01-01T00:00:00Z" },
            { rate: 5, category_id: "pcat_food", effective_from: "2026-11-01T00:00:00Z" },
          ],
          location_ids: ["sloc_a"],
        },
        context.vendors[1],
      ],
    }
    const placed = { ...order, created_at: "2026-12-05T10:00:00Z" }
    const [a] = splitOrderByVendor(placed, withHistory)
    // 240.2 × 8 % + 0.3 × 5 % = 19.216 + 0.015 = 19.231 → 19.23; the part records the average rate
    expect(a).toMatchObject({
      commission_amount: "19.23",
      commission_rate: "7.9963",
      vendor_amount: "256.27",
    })

    // an order placed before the history began keeps the cooperative's former rate
    const [before] = splitOrderByVendor({ ...order, created_at: "2026-10-01T00:00:00Z" }, withHistory)
    expect(before).toMatchObject({ commission_amount: "24.05", commission_rate: "10" })
  })

  it("attributes a shared shipping profile by stock location", () => {
    const shared: SplitContext = {
      ...context,
      products: context.products.map((product) => ({ ...product, shipping_profile_id: "sp_default" })),
      shipping_options: context.shipping_options.map((option) => ({
        ...option,
        shipping_profile_id: "sp_default",
      })),
    }
    const [a, b] = splitOrderByVendor(order, shared)
    expect(a.shipping_method_ids).toEqual(["sm_a"])
    expect(b.shipping_method_ids).toEqual(["sm_b"])
  })

  it("refuses a split whose parts do not add up to the order", () => {
    expect(() => splitOrderByVendor({ ...order, total: 275.8 }, context)).not.toThrow()
    expect(() => splitOrderByVendor({ ...order, total: 300 }, context)).toThrow(/parts per cooperative/)
  })

  it("refuses a line without a cooperative", () => {
    const orphan = {
      ...order,
      items: [...order.items, { ...order.items[0], id: "li_x", product_id: "prod_x" }],
    }
    expect(() => splitOrderByVendor(orphan, context)).toThrow(/li_x/)
  })
})

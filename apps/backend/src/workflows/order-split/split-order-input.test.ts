import { describe, expect, it } from "vitest"
import { toSplitContext, toSplitOrder, type PlacedOrderRow } from "./split-order-input"

const row: PlacedOrderRow = {
  id: "order_1",
  display_id: "7",
  currency_code: "mad",
  total: 275,
  items: [
    { id: "li_1", product_id: "prod_a", title: "Huile", quantity: 2, unit_price: 120, total: 240 },
    null,
  ],
  shipping_methods: [{ id: "sm_1", shipping_option_id: "so_a", total: 35 }],
  payment_collections: [
    {
      payment_sessions: [
        { provider_id: "pp_stripe_stripe", status: "error" },
        { provider_id: "pp_cod_cod", status: "authorized" },
      ],
    },
  ],
}

describe("toSplitOrder", () => {
  it("keeps the order's lines and methods, with display_id as the number it is", () => {
    const order = toSplitOrder(row)
    expect(order.display_id).toBe(7)
    expect(order.items.map((item) => item.id)).toEqual(["li_1"])
    expect(order.shipping_methods).toEqual([{ id: "sm_1", shipping_option_id: "so_a", total: 35 }])
  })

  it("refuses a line read without its computed total", () => {
    const items = [{ id: "li_2", title: "Tapis", quantity: 1, unit_price: 900, total: null }]
    expect(() => toSplitOrder({ ...row, items })).toThrow("Line item li_2 was read without its total")
  })
})

describe("toSplitContext", () => {
  it("names each product's cooperative and locations, and the authorized payment's provider", () => {
    const context = toSplitContext(
      row,
      [
        {
          id: "prod_a",
          shipping_profile: { id: "sp_a" },
          categories: [{ id: "pcat_oils" }, null],
          vendor: {
            id: "vend_a",
            commission_rate: 12,
            commission_rates: [{ rate: 9, category_id: null, effective_from: "2026-06-01" }, null],
            stock_locations: [{ id: "sloc_a" }, null],
          },
        },
      ],
      [
        {
          id: "so_a",
          shipping_profile_id: "sp_a",
          service_zone: { fulfillment_set: { location: { id: "sloc_a" } } },
        },
      ]
    )
    expect(context).toEqual({
      products: [
        { id: "prod_a", vendor_id: "vend_a", shipping_profile_id: "sp_a", category_ids: ["pcat_oils"] },
      ],
      shipping_options: [{ id: "so_a", shipping_profile_id: "sp_a", location_id: "sloc_a" }],
      vendors: [
        {
          id: "vend_a",
          commission_rate: 12,
          commission_rates: [{ rate: 9, category_id: null, effective_from: "2026-06-01" }],
          location_ids: ["sloc_a"],
        },
      ],
      payment_provider_id: "pp_cod_cod",
    })
  })
})

import { describe, expect, it } from "vitest"
import { checkoutProgress, checkoutStep } from "./checkout-steps"
import type { VendorShippingGroup } from "@/lib/types/custom-routes"

const cart = {
  id: "cart_1",
  currency_code: "mad",
  total: 100,
  email: "amina@example.ma",
  shipping_address: { address_1: "12 derb", city: "Marrakech", country_code: "ma" },
}
const group = (selected: string | null): VendorShippingGroup => ({
  vendor: { id: "ven_a", handle: "a", name: "A" },
  item_ids: ["li_1"],
  shipping_options: [],
  selected_shipping_option_id: selected,
})

describe("checkout steps", () => {
  it("needs an address, then a shipping method for every cooperative", () => {
    expect(checkoutProgress({ ...cart, email: null }, [])).toEqual({ address: false, shipping: false })
    expect(checkoutProgress(cart, [group("so_1"), group(null)])).toEqual({ address: true, shipping: false })
    expect(checkoutProgress(cart, [group("so_1"), group("so_2")])).toEqual({ address: true, shipping: true })
    // lines of a product gone since (no cooperative) have nothing to choose
    const orphans = { vendor: null, selected_shipping_option_id: null }
    expect(checkoutProgress(cart, [group("so_1"), orphans])).toEqual({ address: true, shipping: true })
    expect(checkoutProgress(cart, [orphans])).toEqual({ address: true, shipping: false })
  })

  it("opens the first step not done, or an earlier one asked for, never a later one", () => {
    expect(checkoutStep({ address: false, shipping: false }, "payment")).toBe("address")
    expect(checkoutStep({ address: true, shipping: false }, undefined)).toBe("shipping")
    expect(checkoutStep({ address: true, shipping: true }, "address")).toBe("address")
    expect(checkoutStep({ address: true, shipping: true }, "nonsense")).toBe("payment")
  })
})

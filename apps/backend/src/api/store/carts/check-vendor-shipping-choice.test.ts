import { describe, expect, it } from "vitest"
import { checkVendorShippingChoice } from "./check-vendor-shipping-choice"
import type { VendorShippingGroup } from "./group-shipping-options-by-vendor"

const group = (vendor: string, optionIds: string[]): VendorShippingGroup => ({
  vendor: { id: `ven_${vendor}`, handle: vendor, name: vendor },
  item_ids: [],
  shipping_options: optionIds.map((id) => ({ id })),
  selected_shipping_option_id: null,
})
const groups = [group("tifawin", ["so_home_t", "so_pickup_t"]), group("ait-bouli", ["so_home_a"])]

describe("checkVendorShippingChoice", () => {
  it("accepts one option per cooperative, for some or all of them", () => {
    expect(checkVendorShippingChoice(groups, ["so_pickup_t", "so_home_a"])).toBeNull()
    expect(checkVendorShippingChoice(groups, ["so_home_a"])).toBeNull()
  })

  it("refuses an option of a cooperative with nothing in the cart", () => {
    expect(checkVendorShippingChoice(groups, ["so_home_a", "so_home_other"])).toBe(
      "The delivery option so_home_other does not deliver anything in this cart"
    )
  })

  it("takes pick-up at the stand only while the cooperative's stand is open for pick-up", () => {
    const withStand: VendorShippingGroup[] = [
      { ...group("tifawin", []), shipping_options: [{ id: "so_stand_t", type: { code: "stand-pickup" } }] },
    ]
    expect(checkVendorShippingChoice(withStand, ["so_stand_t"], new Set(["ven_tifawin"]))).toBeNull()
    expect(checkVendorShippingChoice(withStand, ["so_stand_t"], new Set())).toBe(
      "Pick-up at the stand of tifawin is open from 3 days before its bazaar until it ends: choose another delivery"
    )
  })

  it("refuses two options for one cooperative", () => {
    expect(checkVendorShippingChoice(groups, ["so_home_t", "so_pickup_t"])).toBe(
      "Choose one delivery option per cooperative: tifawin has two"
    )
  })
})

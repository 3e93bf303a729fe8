import { describe, expect, it } from "vitest"
import { standPickupVendorIds } from "./stand-pickup-parts"

describe("standPickupVendorIds", () => {
  it("names the cooperatives whose part goes by pick-up at their stand", () => {
    const parts = [
      { vendor_id: "tifawin", shipping_method_ids: ["sm_1"] },
      { vendor_id: "ait-bouli", shipping_method_ids: ["sm_2"] },
    ]
    const methods = [
      { id: "sm_1", shipping_option_id: "so_stand" },
      { id: "sm_2", shipping_option_id: "so_home" },
    ]
    const options = [
      { id: "so_stand", type: { code: "stand-pickup" } },
      { id: "so_home", type: { code: "home-delivery" } },
    ]
    expect(standPickupVendorIds(parts, methods, options)).toEqual(["tifawin"])
    expect(standPickupVendorIds(parts, methods, [])).toEqual([])
  })
})

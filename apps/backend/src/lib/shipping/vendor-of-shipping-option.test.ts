import { describe, expect, it } from "vitest"
import { vendorOfShippingOption } from "./vendor-of-shipping-option"

const tifawin = { id: "ven_t", shipping_profile_ids: ["sp_t"], location_ids: ["sloc_t"] }
const aitBouli = { id: "ven_a", shipping_profile_ids: ["sp_a"], location_ids: ["sloc_a"] }

describe("vendorOfShippingOption", () => {
  it("gives an option to the cooperative whose own shipping profile it ships", () => {
    expect(
      vendorOfShippingOption({ shipping_profile_id: "sp_t", location_id: "sloc_t" }, [tifawin, aitBouli])
    ).toBe("ven_t")
    // the profile decides alone: the centre's pick-up point is not one of the cooperative's locations
    expect(
      vendorOfShippingOption({ shipping_profile_id: "sp_a", location_id: "sloc_centre" }, [tifawin, aitBouli])
    ).toBe("ven_a")
  })

  it("tells a shared profile apart by the stock location the option ships from", () => {
    const shared = [
      { ...tifawin, shipping_profile_ids: ["sp_default"] },
      { ...aitBouli, shipping_profile_ids: ["sp_default", "sp_a"] },
    ]
    expect(vendorOfShippingOption({ shipping_profile_id: "sp_default", location_id: "sloc_a" }, shared)).toBe(
      "ven_a"
    )
    expect(vendorOfShippingOption({ shipping_profile_id: "sp_default", location_id: "sloc_t" }, shared)).toBe(
      "ven_t"
    )
    expect(
      vendorOfShippingOption({ shipping_profile_id: "sp_default", location_id: "sloc_centre" }, shared)
    ).toBeNull()
    expect(
      vendorOfShippingOption({ shipping_profile_id: "sp_default", location_id: null }, shared)
    ).toBeNull()
  })

  it("gives nobody an option of a profile no cooperative in the cart ships", () => {
    expect(
      vendorOfShippingOption({ shipping_profile_id: "sp_other", location_id: "sloc_t" }, [tifawin, aitBouli])
    ).toBeNull()
    expect(vendorOfShippingOption({ shipping_profile_id: null, location_id: "sloc_t" }, [tifawin])).toBeNull()
  })
})

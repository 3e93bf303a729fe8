import { describe, expect, it } from "vitest"
import { vendorShippingOptionsInput, vendorShippingProfileName } from "./vendor-shipping-options"

describe("vendorShippingOptionsInput", () => {
  it("offers home delivery, pick-up at the centre and at its stand in the cooperative's zone and profile, priced in MAD", () => {
    const options = vendorShippingOptionsInput({
      service_zone_id: "serzo_1",
      shipping_profile_id: "sp_1",
      mad_region_ids: ["reg_ma"],
    })
    expect(options.map((option) => option.type.code)).toEqual(["home-delivery", "pickup", "stand-pickup"])
    for (const option of options) {
      expect(option).toMatchObject({
        service_zone_id: "serzo_1",
        shipping_profile_id: "sp_1",
        provider_id: "manual_manual",
        price_type: "flat",
      })
      expect(option.rules).toContainEqual({ attribute: "enabled_in_store", value: "true", operator: "eq" })
    }
    expect(options[0].prices).toEqual([
      { region_id: "reg_ma", amount: 35 },
      { currency_code: "mad", amount: 35 },
    ])
    expect(options[1].prices).toEqual([
      { region_id: "reg_ma", amount: 0 },
      { currency_code: "mad", amount: 0 },
    ])
  })

  it("adds only the options the cooperative lacks", () => {
    const options = vendorShippingOptionsInput({
      service_zone_id: "z",
      shipping_profile_id: "p",
      mad_region_ids: [],
      existing_codes: ["home-delivery", "pickup"],
    })
    expect(options.map((option) => option.type.code)).toEqual(["stand-pickup"])
  })

  it("prices by currency alone when no region uses dirhams", () => {
    const [home] = vendorShippingOptionsInput({
      service_zone_id: "z",
      shipping_profile_id: "p",
      mad_region_ids: [],
    })
    expect(home.prices).toEqual([{ currency_code: "mad", amount: 35 }])
  })
})

describe("vendorShippingProfileName", () => {
  it("names the profile after the cooperative and its unique handle", () => {
    expect(vendorShippingProfileName({ name: "Tifawin", handle: "tifawin-argan" })).toBe(
      "Tifawin (tifawin-argan)"
    )
  })
})

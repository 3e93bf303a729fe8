import type { StandPickupPlace } from "@bazaar/contracts"
import { describe, expect, it } from "vitest"
import type { VendorShippingGroup } from "./group-shipping-options-by-vendor"
import { withStandPickups } from "./with-stand-pickups"

const place: StandPickupPlace = {
  stand_number: "12",
  event: {
    id: "bzev_1",
    handle: "mdiq",
    name: "Bazar de M'diq",
    address: "Marina",
    city: "M'diq",
    starts_at: "2026-07-10T09:00:00.000Z",
    ends_at: "2026-07-12T20:00:00.000Z",
    opening_hours: null,
  },
}

const group = (vendor: string, selected: string | null = null): VendorShippingGroup => ({
  vendor: { id: vendor, handle: vendor, name: vendor },
  item_ids: ["item"],
  shipping_options: [
    { id: `${vendor}_home`, type: { code: "home-delivery" } },
    { id: `${vendor}_stand`, type: { code: "stand-pickup" } },
  ],
  selected_shipping_option_id: selected,
})

describe("withStandPickups", () => {
  it("offers pick-up at the stand, with the stand, to the cooperatives holding one open", () => {
    const [tifawin, aitBouli] = withStandPickups(
      [group("tifawin"), group("ait-bouli")],
      new Map([["tifawin", place]])
    )
    expect(tifawin.shipping_options).toEqual([
      { id: "tifawin_home", type: { code: "home-delivery" } },
      { id: "tifawin_stand", type: { code: "stand-pickup" }, stand_pickup: place },
    ])
    expect(aitBouli.shipping_options.map((option) => option.id)).toEqual(["ait-bouli_home"])
  })

  it("forgets a choice of pick-up once the stand is no longer open", () => {
    const [closed] = withStandPickups([group("tifawin", "tifawin_stand")], new Map())
    expect(closed.selected_shipping_option_id).toBeNull()
    const [open] = withStandPickups([group("tifawin", "tifawin_stand")], new Map([["tifawin", place]]))
    expect(open.selected_shipping_option_id).toBe("tifawin_stand")
  })
})

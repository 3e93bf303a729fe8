import { describe, expect, it } from "vitest"
import type { VendorShippingOption } from "@/lib/types/custom-routes"
import { isStandPickup, shippingOptionLabel, type ShippingOptionTexts } from "./shipping-options"

const fr: ShippingOptionTexts = {
  shippingTypes: { "home-delivery": "Livraison à domicile", "stand-pickup": "Retrait au stand" },
  shippingHints: { "home-delivery": "2 à 4 jours ouvrés" },
  standPickup: "Retrait au stand {stand} — {event}",
  standPickupPlace: "{address}, {city}",
}

const home: VendorShippingOption = {
  id: "so_home",
  name: "Home delivery",
  amount: 35,
  type: { code: "home-delivery", label: "Home delivery" },
}

const stand: VendorShippingOption = {
  id: "so_stand",
  name: "Stand pick-up",
  amount: 0,
  type: { code: "stand-pickup", label: "Stand pick-up" },
  stand_pickup: {
    stand_number: "12",
    event: {
      id: "evt_1",
      handle: "bazar-rabat",
      name: "Bazar solidaire de Rabat",
      address: "Place Bab El Had",
      city: "Rabat",
      starts_at: "2027-07-10T09:00:00Z",
      ends_at: "2027-07-12T18:00:00Z",
      opening_hours: null,
    },
  },
}

describe("shippingOptionLabel", () => {
  it("names a pick-up at the stand by its stand, bazaar, place and dates", () => {
    const { label, hint } = shippingOptionLabel("fr", stand, fr)
    expect(label).toBe("Retrait au stand 12 — Bazar solidaire de Rabat")
    expect(hint).toMatch(/^Place Bab El Had, Rabat · 10\s?–\s?12 juillet 2027$/)
  })

  it("adds the bazaar's opening hours when it has them", () => {
    const withHours = {
      ...stand,
      stand_pickup: {
        ...stand.stand_pickup!,
        event: { ...stand.stand_pickup!.event, opening_hours: "10h–20h" },
      },
    }
    expect(shippingOptionLabel("fr", withHours, fr).hint).toMatch(/ · 10h–20h$/)
  })

  it("uses our words for the types we know, and the backend's for the others", () => {
    expect(shippingOptionLabel("fr", home, fr)).toEqual({
      label: "Livraison à domicile",
      hint: "2 à 4 jours ouvrés",
    })
    const courier = { ...home, type: { code: "courier", label: "Coursier", description: "Dans la journée" } }
    expect(shippingOptionLabel("fr", courier, fr)).toEqual({ label: "Coursier", hint: "Dans la journée" })
    expect(shippingOptionLabel("fr", { ...home, type: null }, fr)).toEqual({ label: "Home delivery" })
  })

  it("still names a stand pick-up whose place did not come", () => {
    expect(shippingOptionLabel("fr", { ...stand, stand_pickup: null }, fr).label).toBe("Retrait au stand")
  })
})

describe("isStandPickup", () => {
  it("tells a pick-up at the stand by its type code", () => {
    expect(isStandPickup(stand)).toBe(true)
    expect(isStandPickup(home)).toBe(false)
    expect(isStandPickup(undefined)).toBe(false)
  })
})

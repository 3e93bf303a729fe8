import { describe, expect, it } from "vitest"
import { impactDay, summariseImpact, womenMembers, type ImpactInputs } from "./impact-figures"

const inputs = (overrides: Partial<ImpactInputs> = {}): ImpactInputs => ({
  computed_at: new Date("2026-06-12T05:00:00Z"),
  earnings: [
    {
      vendor_id: "v1",
      currency_code: "mad",
      earned_online: "900.5",
      earned_at_events: "180",
      kept_cash: "0",
    },
    { vendor_id: "v2", currency_code: "mad", earned_online: "99.5", earned_at_events: "0", kept_cash: "250" },
    { vendor_id: "v2", currency_code: "eur", earned_online: "45", earned_at_events: "0", kept_cash: "0" },
  ],
  paid: { mad: "500" },
  parts: [
    { vendor_id: "v1", order_id: "o1", units: 2 },
    { vendor_id: "v2", order_id: "o1", units: 1 },
    { vendor_id: "v2", order_id: "o2", units: 3 },
  ],
  stand_sales: [{ vendor_id: "v1", sales: 4, units: 6, event_ids: ["e1", "e2"] }],
  vendors: [
    { id: "v1", region: "Souss-Massa", members_count: 40, women_share: 100 },
    { id: "v2", region: "Drâa-Tafilalet", members_count: 12, women_share: 75 },
  ],
  order_countries: { o1: "ma", o2: "fr" },
  ...overrides,
})

describe("summariseImpact", () => {
  it("sums the ledger per currency, online apart from the bazaars, kept cash with the payouts", () => {
    const { figures } = summariseImpact(inputs())
    expect(figures.earned_by_cooperatives).toEqual({
      online: { mad: "1000", eur: "45" },
      at_events: { mad: "180", eur: "0" },
    })
    // cash a cooperative kept from its own deliveries reached it, as a payout does
    expect(figures.paid_to_cooperatives).toEqual({ mad: "750" })
  })

  it("counts an order shared by two cooperatives once, and each cooperative's part in its own", () => {
    const { figures, cooperatives } = summariseImpact(inputs())
    expect(figures.orders).toEqual({ online: 2, at_events: 4 })
    expect(figures.products_sold).toEqual({ online: 6, at_events: 6 })
    expect(cooperatives.v1.orders).toEqual({ online: 1, at_events: 4 })
    expect(cooperatives.v2.orders).toEqual({ online: 2, at_events: 0 })
    expect(cooperatives.v2.products_sold).toEqual({ online: 4, at_events: 0 })
    expect(cooperatives.v1.events).toBe(2)
  })

  it("reads members, women, regions and countries from the cooperatives that sold", () => {
    const { figures, cooperatives } = summariseImpact(
      inputs({
        vendors: [
          ...inputs().vendors,
          // never sold: not behind the figures
          { id: "v3", region: "Oriental", members_count: 90, women_share: 100 },
        ],
      })
    )
    expect(figures.cooperatives).toBe(2)
    expect(figures.members).toBe(52)
    expect(figures.women_members).toBe(49)
    expect(figures.regions).toEqual(["Drâa-Tafilalet", "Souss-Massa"])
    expect(figures.countries_reached).toEqual(["fr", "ma"])
    expect(cooperatives.v2.countries_reached).toEqual(["fr", "ma"])
    expect(figures.events).toBe(2)
  })

  it("gives zeros, not gaps, when nothing was sold yet", () => {
    const { figures, cooperatives } = summariseImpact(
      inputs({ earnings: [], paid: {}, parts: [], stand_sales: [], order_countries: {} })
    )
    expect(figures).toMatchObject({
      cooperatives: 0,
      members: 0,
      women_members: 0,
      orders: { online: 0, at_events: 0 },
      products_sold: { online: 0, at_events: 0 },
      events: 0,
      regions: [],
    })
    expect(cooperatives).toEqual({})
  })
})

describe("womenMembers", () => {
  it("rounds the share of members to a whole woman, and counts none when the share is unknown", () => {
    expect(womenMembers({ members_count: 7, women_share: 50 })).toBe(4)
    expect(womenMembers({ members_count: 7, women_share: null })).toBe(0)
    expect(womenMembers({ members_count: null, women_share: 100 })).toBe(0)
  })
})

describe("impactDay", () => {
  it("is the day in Morocco", () => {
    expect(impactDay(new Date("2026-06-12T23:30:00Z"))).toBe("2026-06-13")
    expect(impactDay(new Date("2026-06-12T22:30:00Z"))).toBe("2026-06-12")
  })
})

import { describe, expect, it } from "vitest"
import { leadTimeDays, readyBy } from "./made-to-order"

describe("leadTimeDays", () => {
  it("reads the days of a made-to-order product only", () => {
    expect(leadTimeDays({ made_to_order: true, lead_time_days: 12 })).toBe(12)
    expect(leadTimeDays({ made_to_order: false, lead_time_days: 12 })).toBeNull()
    expect(leadTimeDays({ made_to_order: true, lead_time_days: null })).toBeNull()
    expect(leadTimeDays({ made_to_order: true, lead_time_days: "12" })).toBeNull()
    expect(leadTimeDays(null)).toBeNull()
  })
})

describe("readyBy", () => {
  it("adds the days to the day the order was placed, across a month's end", () => {
    expect(readyBy("2026-12-25T10:00:00Z", 10).toISOString()).toBe("2027-01-04T10:00:00.000Z")
  })
})

import { describe, expect, it } from "vitest"
import { isPickupOpen, PICKUP_CODE_PATTERN } from "./stand-pickup"

const event = { starts_at: "2026-07-10T09:00:00Z", ends_at: "2026-07-12T20:00:00Z" }

describe("isPickupOpen", () => {
  it("opens three days before the bazaar starts", () => {
    expect(isPickupOpen(event, new Date("2026-07-07T08:59:59Z"))).toBe(false)
    expect(isPickupOpen(event, new Date("2026-07-07T09:00:00Z"))).toBe(true)
  })

  it("stays open while the bazaar runs and closes when it ends", () => {
    expect(isPickupOpen(event, new Date("2026-07-11T12:00:00Z"))).toBe(true)
    expect(isPickupOpen(event, new Date("2026-07-12T20:00:00Z"))).toBe(true)
    expect(isPickupOpen(event, new Date("2026-07-12T20:00:01Z"))).toBe(false)
  })
})

describe("PICKUP_CODE_PATTERN", () => {
  it("takes six digits and nothing else", () => {
    expect(PICKUP_CODE_PATTERN.test("042917")).toBe(true)
    expect(PICKUP_CODE_PATTERN.test("42917")).toBe(false)
    expect(PICKUP_CODE_PATTERN.test("04291a")).toBe(false)
  })
})

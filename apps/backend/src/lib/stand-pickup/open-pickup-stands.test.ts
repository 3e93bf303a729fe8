import { describe, expect, it } from "vitest"
import { pickupStandOf } from "./open-pickup-stands"

const event = (id: string, starts_at: string, ends_at: string) => ({
  id,
  handle: id,
  name: `Bazar ${id}`,
  address: "Marina",
  city: "M'diq",
  starts_at,
  ends_at,
  opening_hours: null,
})

describe("pickupStandOf", () => {
  const now = new Date("2026-07-08T12:00:00Z")

  it("is the cooperative's stand at a bazaar open for pick-up", () => {
    const place = pickupStandOf(
      [
        {
          vendor_id: "v1",
          stand_number: "12",
          event: event("e1", "2026-07-10T09:00:00Z", "2026-07-12T20:00:00Z"),
        },
      ],
      "v1",
      now
    )
    expect(place).toMatchObject({
      stand_number: "12",
      event: { id: "e1", starts_at: "2026-07-10T09:00:00.000Z" },
    })
  })

  it("is null for another cooperative, or a bazaar too far ahead or over", () => {
    const stands = [
      {
        vendor_id: "v1",
        stand_number: "1",
        event: event("later", "2026-07-20T09:00:00Z", "2026-07-22T20:00:00Z"),
      },
      {
        vendor_id: "v1",
        stand_number: "2",
        event: event("over", "2026-07-01T09:00:00Z", "2026-07-03T20:00:00Z"),
      },
    ]
    expect(pickupStandOf(stands, "v1", now)).toBeNull()
    expect(pickupStandOf(stands, "v2", now)).toBeNull()
  })

  it("takes the bazaar that ends first when two are open", () => {
    const stands = [
      {
        vendor_id: "v1",
        stand_number: "7",
        event: event("long", "2026-07-05T09:00:00Z", "2026-07-30T20:00:00Z"),
      },
      {
        vendor_id: "v1",
        stand_number: "3",
        event: event("short", "2026-07-09T09:00:00Z", "2026-07-10T20:00:00Z"),
      },
    ]
    expect(pickupStandOf(stands, "v1", now)?.event.id).toBe("short")
  })
})

import { describe, expect, it } from "vitest"
import { nextStand } from "./vendor-stand"

const event = (handle: string, starts_at: string, ends_at: string) => ({
  handle,
  name: handle,
  city: "M'diq",
  address: "Marina",
  starts_at,
  ends_at,
})

describe("a cooperative's next stand", () => {
  const now = new Date("2027-06-12T12:00:00Z")

  it("prefers the running event, then the soonest to come, never a past one", () => {
    const stand = nextStand(
      [
        { stand_number: "3", event: event("past", "2027-05-01T08:00:00Z", "2027-05-04T20:00:00Z") },
        { stand_number: "7", event: event("later", "2027-09-01T08:00:00Z", "2027-09-04T20:00:00Z") },
        { stand_number: "12", event: event("now", "2027-06-10T08:00:00Z", "2027-06-14T20:00:00Z") },
        null,
      ],
      now
    )
    expect(stand?.stand_number).toBe("12")
    expect(stand?.event.handle).toBe("now")
    expect(stand?.event.timing).toBe("current")
  })

  it("is null when every stand is past", () => {
    expect(
      nextStand(
        [{ stand_number: "3", event: event("past", "2027-05-01T08:00:00Z", "2027-05-04T20:00:00Z") }],
        now
      )
    ).toBeNull()
  })
})

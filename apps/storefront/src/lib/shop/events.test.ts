import { describe, expect, it } from "vitest"
import { bannerEvent, eventDateRange, isBannerWorthy, isRunning } from "./events"

const event = (handle: string, starts_at: string, ends_at: string) => ({ handle, starts_at, ends_at })
const now = new Date("2027-06-01T12:00:00Z")

describe("bazaar events in the shop", () => {
  it("announces a running event, or one opening within seven days", () => {
    expect(isBannerWorthy(event("now", "2027-05-30T09:00:00Z", "2027-06-03T20:00:00Z"), now)).toBe(true)
    expect(isBannerWorthy(event("soon", "2027-06-08T09:00:00Z", "2027-06-10T20:00:00Z"), now)).toBe(true)
    expect(isBannerWorthy(event("later", "2027-06-08T12:00:01Z", "2027-06-10T20:00:00Z"), now)).toBe(false)
    expect(isBannerWorthy(event("over", "2027-05-20T09:00:00Z", "2027-06-01T11:59:59Z"), now)).toBe(false)
  })

  it("prefers the event that opens first", () => {
    const chosen = bannerEvent(
      [
        event("soon", "2027-06-05T09:00:00Z", "2027-06-07T20:00:00Z"),
        event("later", "2027-07-05T09:00:00Z", "2027-07-07T20:00:00Z"),
        event("now", "2027-05-31T09:00:00Z", "2027-06-02T20:00:00Z"),
      ],
      now
    )
    expect(chosen?.handle).toBe("now")
    expect(bannerEvent([event("later", "2027-07-05T09:00:00Z", "2027-07-07T20:00:00Z")], now)).toBeUndefined()
  })

  it("tells whether an event runs now", () => {
    expect(isRunning(event("now", "2027-05-31T09:00:00Z", "2027-06-02T20:00:00Z"), now)).toBe(true)
    expect(isRunning(event("soon", "2027-06-05T09:00:00Z", "2027-06-07T20:00:00Z"), now)).toBe(false)
  })

  it("writes the dates as one range in Moroccan time", () => {
    const range = event("mdiq", "2027-06-10T09:00:00Z", "2027-06-14T20:00:00Z")
    expect(eventDateRange("en", range)).toMatch(/^10\s?–\s?14 June 2027$/)
    expect(eventDateRange("fr", range)).toMatch(/^10\s?–\s?14 juin 2027$/)
    // 23:30 UTC on 9 June is already 10 June in Morocco (UTC+1)
    expect(eventDateRange("en", event("late", "2027-06-09T23:30:00Z", "2027-06-10T20:00:00Z"))).toBe(
      "10 June 2027"
    )
  })
})

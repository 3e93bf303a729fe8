import { describe, expect, it } from "vitest"
import { monthBars, monthLabel } from "./sales-chart"

describe("monthBars", () => {
  it("puts the latest month first and scales every bar to the best month", () => {
    const bars = monthBars([
      { key: "2026-10", label: "2026-10", online: 0, at_events: 0 },
      { key: "2026-11", label: "2026-11", online: 300, at_events: 100 },
      { key: "2026-12", label: "2026-12", online: 0.1, at_events: 199.9 },
    ])
    expect(bars.map((bar) => bar.key)).toEqual(["2026-12", "2026-11", "2026-10"])
    expect(bars[1]).toMatchObject({ total: 400, online_width: 75, at_events_width: 25 })
    expect(bars[0]).toMatchObject({ total: 200, online_width: 0, at_events_width: 50 })
    expect(bars[2]).toMatchObject({ total: 0, online_width: 0, at_events_width: 0 })
  })

  it("draws no bar at all when nothing sold", () => {
    expect(monthBars([{ key: "2026-12", label: "2026-12", online: 0, at_events: 0 }])[0].online_width).toBe(0)
  })
})

describe("monthLabel", () => {
  it("names the month in the member's language", () => {
    expect(monthLabel("2026-06", "fr-FR")).toBe("juin 2026")
    expect(monthLabel("2026-06", "en-GB")).toBe("June 2026")
  })
})

import { describe, expect, it } from "vitest"
import { isDueForRetry } from "./retry-schedule"

const created = new Date("2026-12-04T10:00:00Z")
const at = (seconds: number) => new Date(created.getTime() + seconds * 1000)
const after = (attempts: number, lastSeconds: number) => ({
  created_at: created,
  data: { delivery: { attempts, last_attempt_at: at(lastSeconds).toISOString() } },
})

describe("isDueForRetry", () => {
  it("retries a first failure after 30 s", () => {
    expect(isDueForRetry({ created_at: created, data: {} }, at(29))).toBe(false)
    expect(isDueForRetry({ created_at: created, data: {} }, at(30))).toBe(true)
  })

  it("doubles the wait after each retry, up to an hour", () => {
    expect(isDueForRetry(after(1, 30), at(30 + 59))).toBe(false)
    expect(isDueForRetry(after(1, 30), at(30 + 60))).toBe(true)
    expect(isDueForRetry(after(3, 1000), at(1000 + 239))).toBe(false)
    expect(isDueForRetry(after(3, 1000), at(1000 + 240))).toBe(true)
    expect(isDueForRetry(after(12, 7200), at(7200 + 3600))).toBe(true)
  })

  it("gives up after a day", () => {
    expect(isDueForRetry(after(20, 80_000), at(24 * 3600 + 1))).toBe(false)
  })
})

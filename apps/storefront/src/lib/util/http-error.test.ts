import { describe, expect, it } from "vitest"
import { retryAfterSeconds } from "./http-error"

describe("retryAfterSeconds", () => {
  const now = Date.parse("2027-07-11T10:00:00Z")

  it("reads a delay in seconds or a date", () => {
    expect(retryAfterSeconds("900", now)).toBe(900)
    expect(retryAfterSeconds("Sun, 11 Jul 2027 10:15:00 GMT", now)).toBe(900)
    expect(retryAfterSeconds("Sun, 11 Jul 2027 09:00:00 GMT", now)).toBe(0)
  })

  it("is undefined without a readable header", () => {
    expect(retryAfterSeconds(null, now)).toBeUndefined()
    expect(retryAfterSeconds("soon", now)).toBeUndefined()
  })
})

import { describe, expect, it } from "vitest"
import { isDemoMode } from "./demo-mode"

describe("isDemoMode", () => {
  it("is the demo on a fresh clone, and a deployment in production on a database of its own", () => {
    expect(isDemoMode({})).toBe(true)
    expect(isDemoMode({ NODE_ENV: "production" })).toBe(true)
    expect(isDemoMode({ DATABASE_URL: "postgres://db/bazaar" })).toBe(true)
    expect(isDemoMode({ NODE_ENV: "production", DATABASE_URL: "postgres://db/bazaar" })).toBe(false)
  })

  it("obeys BAZAAR_DEMO when set, and refuses a value it cannot read", () => {
    expect(isDemoMode({ BAZAAR_DEMO: "false" })).toBe(false)
    expect(isDemoMode({ BAZAAR_DEMO: "true", NODE_ENV: "production", DATABASE_URL: "postgres://x" })).toBe(
      true
    )
    expect(() => isDemoMode({ BAZAAR_DEMO: "no" })).toThrow(/neither true nor false/)
  })
})

import { describe, expect, it } from "vitest"
import { demoModeFromEnv } from "./demo-mode.js"

describe("demoModeFromEnv", () => {
  it("is the demo on a fresh clone, and a deployment in production on a database of its own", () => {
    expect(demoModeFromEnv({})).toBe(true)
    expect(demoModeFromEnv({ NODE_ENV: "production" })).toBe(true)
    expect(demoModeFromEnv({ DATABASE_URL: "postgres://db/bazaar" })).toBe(true)
    expect(demoModeFromEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db/bazaar" })).toBe(false)
  })

  it("obeys BAZAAR_DEMO when set, and refuses a value it cannot read", () => {
    expect(demoModeFromEnv({ BAZAAR_DEMO: "false" })).toBe(false)
    expect(
      demoModeFromEnv({ BAZAAR_DEMO: "TRUE", NODE_ENV: "production", DATABASE_URL: "postgres://x" })
    ).toBe(true)
    expect(() => demoModeFromEnv({ BAZAAR_DEMO: "0" })).toThrow(/neither true nor false/)
  })
})

import { describe, expect, it } from "vitest"
import { jwtExpiry, tokenCookieOptions } from "./token-cookie"

function jwt(payload: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url")
  return `${encode({ alg: "HS256", typ: "JWT" })}.${encode(payload)}.signature`
}

describe("jwtExpiry", () => {
  it("reads the exp claim", () => {
    expect(jwtExpiry(jwt({ actor_id: "vmem_1", exp: 1_800_000_000 }))).toBe(1_800_000_000)
  })

  it("gives up quietly on tokens it cannot read", () => {
    expect(jwtExpiry("not-a-jwt")).toBeUndefined()
    expect(jwtExpiry("a.%%%.c")).toBeUndefined()
    expect(jwtExpiry(jwt({ actor_id: "vmem_1" }))).toBeUndefined()
  })
})

describe("tokenCookieOptions", () => {
  const now = 1_800_000_000 * 1000

  it("is httpOnly, lax, and expires with the token", () => {
    expect(
      tokenCookieOptions(jwt({ exp: 1_800_003_600 }), { siteUrl: "http://localhost:8000", now })
    ).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/", maxAge: 3600 })
  })

  it("is secure on an https site and lasts a day without a readable expiry", () => {
    const options = tokenCookieOptions("opaque", { siteUrl: "https://bazar.ma", now })
    expect(options.secure).toBe(true)
    expect(options.maxAge).toBe(86400)
  })

  it("never gets a negative age from an expired token", () => {
    expect(tokenCookieOptions(jwt({ exp: 1 }), { siteUrl: "http://localhost", now }).maxAge).toBe(0)
  })
})

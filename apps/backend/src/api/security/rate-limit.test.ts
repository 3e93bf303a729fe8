import { afterEach, describe, expect, it } from "vitest"
import { clientIp } from "./rate-limit"

const request = (remote: string, forwarded?: string) =>
  ({
    socket: { remoteAddress: remote },
    headers: forwarded === undefined ? {} : { "x-forwarded-for": forwarded },
  }) as never

describe("clientIp", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY
  })

  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientIp(request("10.0.0.2", "203.0.113.5"))).toBe("10.0.0.2")
  })

  it("takes the address the trusted proxy saw, not what the caller wrote before it", () => {
    process.env.TRUST_PROXY = "1"
    // the caller forged 1.2.3.4; the proxy appended the address it really saw
    expect(clientIp(request("10.0.0.2", "1.2.3.4, 203.0.113.5"))).toBe("203.0.113.5")
  })

  it("walks as many hops as there are trusted proxies", () => {
    process.env.TRUST_PROXY = "2"
    expect(clientIp(request("10.0.0.2", "1.2.3.4, 203.0.113.5, 10.0.0.9"))).toBe("203.0.113.5")
  })

  it("stops at the first listed address when the header is shorter than the hops", () => {
    process.env.TRUST_PROXY = "3"
    expect(clientIp(request("10.0.0.2", "203.0.113.5"))).toBe("203.0.113.5")
    expect(clientIp(request("10.0.0.2"))).toBe("10.0.0.2")
  })
})

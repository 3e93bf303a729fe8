import { describe, expect, it } from "vitest"
import { contentSecurityPolicy, newNonce, originsFromList, servedOverHttps } from "./headers"

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((part) => part.startsWith(`${name} `))
    ?.split(" ")
    .slice(1)

describe("contentSecurityPolicy", () => {
  const policy = contentSecurityPolicy({
    nonce: "abc123",
    backendUrl: "http://localhost:9000/",
    imageOrigins: ["https://photos.example.org"],
    https: false,
  })

  it("runs only scripts carrying the page's nonce (and what they load), plus Stripe.js", () => {
    expect(directive(policy, "script-src")).toEqual(
      expect.arrayContaining(["'nonce-abc123'", "'strict-dynamic'", "https://js.stripe.com"])
    )
    expect(policy).not.toContain("unsafe-inline")
    expect(policy).not.toContain("unsafe-eval")
    expect(directive(policy, "object-src")).toEqual(["'none'"])
  })

  it("lets the portal's own service worker and manifest load, nothing else", () => {
    expect(directive(policy, "worker-src")).toEqual(["'self'"])
    expect(directive(policy, "manifest-src")).toEqual(["'self'"])
  })

  it("cannot be framed, and lets photos, the API and Stripe through", () => {
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"])
    expect(directive(policy, "img-src")).toEqual(
      expect.arrayContaining(["http://localhost:9000", "https://photos.example.org", "https://*.stripe.com"])
    )
    expect(directive(policy, "connect-src")).toEqual([
      "'self'",
      "http://localhost:9000",
      "https://api.stripe.com",
    ])
    expect(directive(policy, "frame-src")).toContain("https://js.stripe.com")
  })

  it("upgrades plain-http requests only when served over HTTPS", () => {
    expect(policy).not.toContain("upgrade-insecure-requests")
    expect(
      contentSecurityPolicy({ nonce: "n", backendUrl: "https://api.example.org", https: true })
    ).toContain("upgrade-insecure-requests")
  })
})

describe("helpers", () => {
  it("makes a different nonce each time", () => {
    expect(newNonce()).not.toBe(newNonce())
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  })

  it("reads origins from a list, dropping what is not a URL", () => {
    expect(originsFromList("https://a.example.org/static, nonsense  http://b:9000")).toEqual([
      "https://a.example.org",
      "http://b:9000",
    ])
  })

  it("knows HTTPS from the URL, a proxy's X-Forwarded-Proto, or the configured public URL", () => {
    expect(servedOverHttps({ protocol: "http:", forwardedProto: null })).toBe(false)
    expect(servedOverHttps({ protocol: "http:", forwardedProto: "https" })).toBe(true)
    expect(
      servedOverHttps({ protocol: "http:", forwardedProto: null, storefrontUrl: "https://shop.example.org" })
    ).toBe(true)
  })
})

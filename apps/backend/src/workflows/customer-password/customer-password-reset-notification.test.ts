import { afterEach, describe, expect, it, vi } from "vitest"
import { customerPasswordResetNotification } from "./customer-password-reset-notification"

describe("customer password reset notification", () => {
  afterEach(() => vi.unstubAllEnvs())

  it("links to the shop's reset page in the language the shopper asked in", () => {
    vi.stubEnv("STOREFRONT_URL", "https://shop.example/")
    const n = customerPasswordResetNotification({
      email: "Amina@example.com",
      token: "tok.en+/=",
      metadata: { locale: "ar" },
    })
    const url = new URL(n.data.url)
    expect(url.origin + url.pathname).toBe("https://shop.example/ar/account/reset-password")
    expect(url.searchParams.get("token")).toBe("tok.en+/=")
    expect(url.searchParams.get("email")).toBe("Amina@example.com")
    expect(n.data.locale).toBe("ar")
    expect(n.template).toBe("customer-password-reset")
    // the key names the request without holding the token
    expect(n.idempotency_key).not.toContain("tok.en")
    expect(n.idempotency_key).toContain("amina@example.com")
  })

  it("falls back to French for an unknown or missing language", () => {
    expect(
      customerPasswordResetNotification({ email: "a@b.c", token: "t", metadata: { locale: "de" } }).data
        .locale
    ).toBe("fr")
    expect(customerPasswordResetNotification({ email: "a@b.c", token: "t" }).data.url).toContain(
      "/fr/account/reset-password"
    )
  })
})

// The storefront, the portal and the Admin under their security headers: another site cannot frame
// them, and the pages of the shoppers' and members' journeys run with no Content-Security-Policy
// violation (Next's scripts carry the page's nonce; Stripe.js, photos and the API are allowed).
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { launchChromium, openPhonePage } from "../support/browser"
import { signInToPortal } from "../support/member"
import { addToCart, goToPayment, newShopper, openCart, productsFromCooperatives } from "../support/shopper"
import { payWithStripeStandIn } from "../support/stripe"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const stripeStandInUrl = inject("stripeStandInUrl")

let browser: Browser
let attacker: Server
let attackerUrl: string

/**
 * Another site: 127.0.0.1 is another origin (and site) than the marketplace's localhost. Its page
 * frames the URL given in ?src=, next to a frame of its own (which must load, or the test proves nothing).
 */
function startAttackerSite(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1")
    response.setHeader("content-type", "text/html; charset=utf-8")
    if (url.pathname === "/own") {
      response.end('<p id="own">framed page of the same site</p>')
      return
    }
    const src = url.searchParams.get("src") ?? ""
    response.end(
      `<!doctype html><title>Win a prize</title>` +
        `<iframe id="own" src="/own" width="300" height="100"></iframe>` +
        `<iframe id="target" src="${src.replace(/"/g, "&quot;")}" width="800" height="600"></iframe>`
    )
  })
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)))
}

// how Chromium reports a frame refused by the framed page's CSP (older versions: "Refused to frame …")
const FRAMING_REFUSED =
  /(Framing|Refused to frame) '[^']+' violates[\s\S]*frame-ancestors 'none'|Refused to frame[\s\S]*frame-ancestors 'none'/

/** Console messages in which Chromium reports a Content-Security-Policy violation. */
function watchCspViolations(page: Page): string[] {
  const violations: string[] = []
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      violations.push(`${page.url()}: ${message.text()}`)
    }
  })
  return violations
}

/** Frames `src` on the other site; returns what the framed document shows and what the console said. */
async function frameFromAnotherSite(page: Page, src: string) {
  const messages: string[] = []
  page.on("console", (message) => messages.push(message.text()))
  await page.goto(`${attackerUrl}/?src=${encodeURIComponent(src)}`)
  const own = page.frameLocator("#own").locator("#own")
  await own.waitFor({ timeout: 10_000 })
  // the blocked frame's navigation ends on Chromium's error page, after the response arrived
  await page.waitForTimeout(2_000)
  const target = page.frames().find((frame) => frame !== page.mainFrame() && !frame.url().endsWith("/own"))
  const body = target ? await target.evaluate(() => document.body?.innerText ?? "").catch(() => "") : ""
  return { frameUrl: target?.url() ?? "", body, messages }
}

beforeAll(async () => {
  browser = await launchChromium()
  attacker = await startAttackerSite()
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`
})

afterAll(async () => {
  await browser?.close()
  if (attacker) {
    await new Promise((resolve) => attacker.close(resolve))
  }
})

describe("security headers", () => {
  it("sends a nonce-based CSP and the other headers on pages, and a new nonce each time", async () => {
    const first = await fetch(`${storefrontUrl}/fr`)
    const second = await fetch(`${storefrontUrl}/fr`)
    const policy = first.headers.get("content-security-policy") ?? ""
    expect(policy).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'[^;]*'strict-dynamic'/)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).not.toContain("unsafe-inline")
    expect(second.headers.get("content-security-policy")).not.toBe(policy)
    expect(first.headers.get("x-frame-options")).toBe("DENY")
    expect(first.headers.get("x-content-type-options")).toBe("nosniff")
    expect(first.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
    expect(first.headers.get("permissions-policy")).toContain("camera=()")
    // plain http here: no HSTS (a browser would ignore it anyway), unless a proxy says it was HTTPS
    expect(first.headers.get("strict-transport-security")).toBeNull()
    const behindHttps = await fetch(`${storefrontUrl}/fr`, { headers: { "x-forwarded-proto": "https" } })
    expect(behindHttps.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/)

    const admin = await fetch(`${backendUrl}/app`)
    expect(admin.headers.get("x-frame-options")).toBe("DENY")
    expect(admin.headers.get("content-security-policy")).toContain("frame-ancestors 'none'")
    expect(admin.headers.get("x-content-type-options")).toBe("nosniff")
  })

  it("another site cannot frame the portal's orders, where cash is marked collected", async () => {
    const member = await signInToPortal(browser, storefrontUrl, demoLogins.member, "fr")
    // the member's own browser, signed in: the most a framing site could hope for
    const page = await member.context().newPage()
    const framed = await frameFromAnotherSite(page, `${storefrontUrl}/fr/portal/orders`)
    expect(framed.body).not.toMatch(/Commandes|commande/i)
    expect(framed.frameUrl).not.toContain("/portal/orders")
    expect(framed.messages.join("\n")).toMatch(FRAMING_REFUSED)
    await member.context().close()
  })

  it("another site cannot frame the staff Admin either", async () => {
    const page = await openPhonePage(browser)
    const framed = await frameFromAnotherSite(page, `${backendUrl}/app`)
    expect(framed.frameUrl).not.toContain("/app")
    expect(framed.messages.join("\n")).toMatch(FRAMING_REFUSED)
    await page.context().close()
  })

  it("runs home, product, checkout with Stripe's Payment Element and the portal with no CSP violation", async () => {
    const page = await openPhonePage(browser)
    const violations = watchCspViolations(page)
    await payWithStripeStandIn(page.context(), stripeStandInUrl)

    await page.goto(`${storefrontUrl}/fr`)
    await page.waitForLoadState("networkidle")
    const [product] = productsFromCooperatives(1)
    await page.goto(`${storefrontUrl}/fr/products/${product.handle}`)
    // the product photo, from the backend, is shown
    await page.waitForLoadState("networkidle")
    const photo = page.locator("main img").first()
    // a lazy picture starts loading only near the screen
    await photo.scrollIntoViewIfNeeded()
    const photoLoaded = await photo.evaluate((image: HTMLImageElement) =>
      image.decode().then(
        () => image.naturalWidth > 0,
        () => false
      )
    )
    expect(photoLoaded).toBe(true)

    await addToCart(page, storefrontUrl, product.handle)
    await openCart(page)
    const payment = await goToPayment(page, { guestEmail: newShopper().email })
    await payment.getByTestId("payment-card").check()
    await payment.getByTestId("card-start").click()
    await page.getByTestId("stripe-payment-element").waitFor({ timeout: 30_000 })
    await page.context().close()

    const member = await signInToPortal(browser, storefrontUrl, demoLogins.weaver, "fr")
    const memberViolations = watchCspViolations(member)
    await member.getByTestId("portal-nav-orders").click()
    await member.waitForURL(/\/portal\/orders$/)
    await member.waitForLoadState("networkidle")
    await member.context().close()

    expect([...violations, ...memberViolations]).toEqual([])
  })
})

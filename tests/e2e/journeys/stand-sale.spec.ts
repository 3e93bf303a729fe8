import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { forSale } from "../support/stock"
import { launchChromium } from "../support/browser"
import { signInToPortal } from "../support/member"
import { openAdminAsStaff } from "../support/staff"
import { assertAccessible, assertFitsScreen } from "../support/page-checks"
import { seedTitle, stockedProductOf } from "../support/shopper"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function staffFetch(token: string, path: string, body?: unknown) {
  const response = await fetch(`${backendUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = (await response.json()) as any
  expect(response.status, JSON.stringify(data)).toBeLessThan(300)
  return data
}

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 60 * 60 * 1000).toISOString()

describe("a sale at the stand, in the same stock as the shop", () => {
  const weaver = { login: demoLogins.weaver, product: stockedProductOf(demoLogins.weaver.vendor) }

  it("the member records it on her phone in Arabic; the shop has one less for sale at once, and the impact page counts it", async () => {
    // a bazaar running now, with the weavers at stand 5
    const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: demoLogins.staff.email, password: demoLogins.staff.password }),
    })
    const { token } = (await login.json()) as { token: string }
    const { vendors } = await staffFetch(token, "/admin/vendors?limit=100")
    const vendor = vendors.find((row: any) => row.handle === weaver.login.vendor)
    const { event } = await staffFetch(token, "/admin/events", {
      handle: `souk-du-tissage-${Date.now().toString(36)}`,
      name: { fr: "Souk du tissage", ar: "سوق النسيج" },
      address: "Place du marché",
      city: "Khénifra",
      starts_at: hoursFromNow(-2),
      ends_at: hoursFromNow(6),
      stands: [{ vendor_id: vendor.id, stand_number: "5" }],
    })

    try {
      const before = await forSale(weaver.product.handle)
      const { impact: figuresBefore } = await staffFetch(token, "/admin/impact", {})
      const member = await signInToPortal(browser, storefrontUrl, weaver.login, "ar")
      await member.getByTestId("portal-nav-stand").click()
      await member.waitForURL(/\/ar\/portal\/stand$/)
      await member.getByTestId("stand-where").waitFor()

      // the till lists products under their title in the member's language, and finds them typed in French too
      const title = seedTitle(weaver.product.handle, "ar")
      await member.getByTestId("stand-search").fill(seedTitle(weaver.product.handle, "fr").split(" ")[0])
      await member.getByTestId("stand-choice").filter({ hasText: title }).first().click()
      expect(await member.getByTestId("stand-quantity").allTextContents()).toEqual(["1"])
      await assertFitsScreen(member)
      await assertAccessible(member)
      await member.getByTestId("stand-record").click()
      await member.getByTestId("stand-notice").locator(".alert--ok").waitFor({ timeout: 30_000 })
      await member.getByTestId("stand-sale").first().waitFor({ timeout: 30_000 })
      await member.context().close()

      // the shop's stock is the stand's: one less, at once
      expect(await forSale(weaver.product.handle)).toBe(before - 1)

      // the figures are summed every morning; staff sum them now from Admin → Sales, beside the charts
      const staff = await openAdminAsStaff(browser, backendUrl)
      await staff.goto(`${backendUrl}/app/sales`)
      await staff
        .getByTestId("sales-by-month")
        .locator(".recharts-surface")
        .first()
        .waitFor({ timeout: 60_000 })
      await staff.getByTestId("impact-recompute").click()
      const expected = String(figuresBefore.orders.at_events + 1)
      await staff
        .locator(`[data-testid="impact-summary"][data-stand-sales="${expected}"]`)
        .waitFor({ timeout: 30_000 })
      await staff.context().close()
      const { impact: figuresAfter } = await staffFetch(token, "/admin/impact")
      expect(figuresAfter.orders.at_events).toBe(figuresBefore.orders.at_events + 1)
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
      await page.goto(`${storefrontUrl}/ar/impact`)
      const shown = await page.getByTestId("impact-stand-sales").locator("dd").textContent()
      expect(Number(shown?.replace(/\D/g, ""))).toBe(figuresAfter.orders.at_events)
      expect(await page.locator("html").getAttribute("dir")).toBe("rtl")
      await assertFitsScreen(page)
      await assertAccessible(page)
      await page.close()
    } finally {
      // the bazaar closes, so that other journeys meet the shop as they expect it
      await staffFetch(token, `/admin/events/${event.id}`, {
        starts_at: hoursFromNow(-3),
        ends_at: hoursFromNow(-1),
      })
    }
  })
})

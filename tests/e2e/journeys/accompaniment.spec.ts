import type { Browser } from "playwright-core"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { launchChromium, openPhonePage } from "../support/browser"
import { signInToPortal } from "../support/member"
import { assertAccessible, assertFitsScreen } from "../support/page-checks"
import { openAdminAsStaff } from "../support/staff"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const weaver = demoLogins.weaver

let browser: Browser
let vendorId: string

/** A photo as a phone takes it, small enough for a quick test. */
function photo(color: { r: number; g: number; b: number }): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: color } })
    .jpeg({ quality: 85 })
    .toBuffer()
}

beforeAll(async () => {
  browser = await launchChromium()
  const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: demoLogins.staff.email, password: demoLogins.staff.password }),
  })
  const { token } = (await login.json()) as { token: string }
  const list = await fetch(`${backendUrl}/admin/vendors?status=approved&limit=100`, {
    headers: { authorization: `Bearer ${token}` },
  })
  const { vendors } = (await list.json()) as { vendors: { id: string; handle: string }[] }
  vendorId = vendors.find((vendor) => vendor.handle === weaver.vendor)!.id
})

afterAll(async () => {
  await browser?.close()
})

describe("the centre accompanies a cooperative", () => {
  it("staff add a product for the weavers from Admin; in Arabic at 360 px the portal shows it added by the centre", async () => {
    const stamp = Date.now()
    const title = `Tapis apporté au centre ${stamp}`
    const titleAr = `زربية جاء بها إلى المركز ${stamp}`
    const staff = await openAdminAsStaff(browser, backendUrl)
    await staff.goto(`${backendUrl}/app/cooperatives/${vendorId}`)
    const form = staff.getByTestId("act-for-cooperative")
    await form.waitFor({ timeout: 60_000 })
    await staff.getByTestId("act-title_fr").fill(title)
    await staff.getByTestId("act-title_ar").fill(titleAr)
    await staff.getByTestId("act-category").click()
    await staff.getByRole("option").first().click()
    await staff.getByTestId("act-stock").fill("1")
    await staff.getByTestId("act-price_mad").fill("1800")
    await staff.getByTestId("act-price_eur").fill("170")
    await staff.getByTestId("act-photo").setInputFiles({
      name: "tapis.jpg",
      mimeType: "image/jpeg",
      buffer: await photo({ r: 150, g: 60, b: 40 }),
    })
    await staff.getByTestId("act-submit").click()
    const message = staff.getByTestId("act-message")
    await message.waitFor({ timeout: 60_000 })
    expect(await message.textContent()).toContain(title)
    // the cooperative's history names the centre
    const history = staff.getByTestId("vendor-activity")
    await history.getByText("product.created").first().waitFor({ timeout: 30_000 })
    expect(await history.textContent()).toContain("The centre")
    await staff.context().close()

    // Itto, the weaver, in Arabic on her phone
    const page = await signInToPortal(browser, storefrontUrl, weaver, "ar")
    await page.goto(`${storefrontUrl}/ar/portal/products?status=proposed`)
    // the portal lists a product under its title in the member's language
    const row = page.getByTestId("portal-product-row").filter({ hasText: titleAr })
    await row.waitFor({ timeout: 30_000 })
    expect(await row.getByTestId("portal-product-added-by-centre").textContent()).toBe("أضافه المركز")
    expect(await row.getAttribute("data-status")).toBe("proposed")
    await assertFitsScreen(page)
    await assertAccessible(page)

    await page.goto(`${storefrontUrl}/ar/portal/members`)
    const latest = page.getByTestId("portal-activity").locator("li").first()
    expect(await latest.getAttribute("data-actor")).toBe("staff")
    expect(await latest.textContent()).toContain("المركز")
    await assertFitsScreen(page)
  })

  it("a member sends a certificate from her phone; once staff verify it, the shop shows its badge", async () => {
    const page = await signInToPortal(browser, storefrontUrl, weaver, "ar")
    await page.getByTestId("dashboard-certificates").click()
    await page.waitForURL(/\/ar\/portal\/certificates$/)
    const label = `Commerce équitable ${Date.now()}`
    const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10)
    await page.getByTestId("certificate-label").fill(label)
    await page.getByTestId("certificate-number").fill("WFTO-2026-117")
    await page.getByTestId("certificate-expires").fill(nextYear)
    await page.getByTestId("certificate-photo").setInputFiles({
      name: "certificat.jpg",
      mimeType: "image/jpeg",
      buffer: await photo({ r: 240, g: 240, b: 230 }),
    })
    await page.getByTestId("certificate-submit").click()
    await page.getByTestId("certificate-form").getByRole("status").waitFor({ timeout: 60_000 })
    const mine = page.getByTestId("portal-certificates").locator("li").filter({ hasText: label })
    expect(await mine.getAttribute("data-status")).toBe("waiting")
    await assertFitsScreen(page)
    await assertAccessible(page)

    // not in the shop before the centre checks it
    const shop = await openPhonePage(browser)
    await shop.goto(`${storefrontUrl}/fr/cooperatives/${weaver.vendor}`)
    expect(await shop.getByText(label).count()).toBe(0)

    const staff = await openAdminAsStaff(browser, backendUrl)
    await staff.goto(`${backendUrl}/app/cooperatives/${vendorId}`)
    const row = staff.getByTestId("certification").filter({ hasText: label })
    await row.waitFor({ timeout: 60_000 })
    await row.getByTestId("certification-verify").click()
    await row.getByText("Verified: shown in the shop").waitFor({ timeout: 30_000 })
    await staff.context().close()

    // verifying expires the shop's cooperative pages: the badge shows at once
    await shop.goto(`${storefrontUrl}/fr/cooperatives/${weaver.vendor}`)
    await shop.getByTestId("cooperative-certifications").getByText(label).waitFor({ timeout: 30_000 })
    await page.reload()
    expect(await mine.getAttribute("data-status")).toBe("verified")
  })

  it("a member edits her cooperative's profile in Arabic at 360 px; the shop shows it at once", async () => {
    const page = await signInToPortal(browser, storefrontUrl, weaver, "ar")
    await page.getByTestId("dashboard-profile").click()
    await page.waitForURL(/\/ar\/portal\/profile$/)
    const tagline = `زرابي منسوجة باليد في الأطلس ${Date.now() % 1000}`
    await page.getByTestId("profile-tagline-ar").fill(tagline)
    await page.getByTestId("profile-logo").setInputFiles({
      name: "atelier.jpg",
      mimeType: "image/jpeg",
      buffer: await photo({ r: 90, g: 120, b: 60 }),
    })
    await page.getByTestId("profile-submit").click()
    await page.getByTestId("profile-form").getByRole("status").waitFor({ timeout: 30_000 })
    await assertFitsScreen(page)
    await assertAccessible(page)

    const shop = await openPhonePage(browser)
    await shop.goto(`${storefrontUrl}/ar/cooperatives/${weaver.vendor}`)
    await shop.getByText(tagline).first().waitFor({ timeout: 30_000 })
  })
})

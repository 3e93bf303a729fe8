import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { paintPlaceholderPng } from "../../../apps/backend/src/scripts/seed/placeholder-image"
import { launchChromium, openPhonePage } from "../support/browser"
import { openAdminAsStaff } from "../support/staff"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

// the narrowest phone the portal is designed for
function phonePage(): Promise<Page> {
  return openPhonePage(browser, { locale: "ar-MA" })
}

/** A real PNG, as a phone would send a photo: the backend checks the file's bytes. */
function samplePng(size = 16): Buffer {
  return paintPlaceholderPng({ color: "#b5502f", seed: `photo-${size}`, size })
}

async function staffToken(): Promise<string> {
  const response = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: demoLogins.staff.email, password: demoLogins.staff.password }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

async function admin<T>(token: string, path: string, body?: object): Promise<T> {
  const response = await fetch(`${backendUrl}${path}`, {
    method: body ? "POST" : "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  })
  expect(response.status, `${path}: ${response.status}`).toBeLessThan(300)
  return (await response.json()) as T
}

/** Takes a decision on a cooperative's page in Admin and waits until the new status shows. */
async function decideInAdmin(
  page: Page,
  vendorId: string,
  action: string,
  expectedStatus: string,
  reason?: string
) {
  await page.goto(`${backendUrl}/app/cooperatives/${vendorId}`)
  await page.getByTestId(`vendor-${action}`).click()
  if (reason) {
    await page.getByTestId("decision-reason").fill(reason)
  }
  await page.getByTestId("decision-confirm").click()
  await page.getByTestId("vendor-status").filter({ hasText: expectedStatus }).waitFor({ timeout: 30_000 })
}

async function statusOnDashboard(page: Page): Promise<string | null> {
  return page.getByTestId("portal-status").getAttribute("data-status")
}

describe("a cooperative joins the bazaar from a phone", () => {
  const stamp = Date.now().toString(36)
  const cooperative = `تعاونية الزعفران ${stamp}`
  const email = `safran-${stamp}@example.ma`
  const password = "zaafran-2026"
  const productTitle = `زعفران تالوين ${stamp}`

  it("applies in Arabic, is approved in Admin, lists a product with a photo that staff publish, suspend and reinstate", async () => {
    const page = await phonePage()

    // 1. the application, right to left, on a 360 px screen
    const apply = await page.goto(`${storefrontUrl}/ar/portal/apply`)
    expect(apply?.status()).toBe(200)
    expect(await page.getAttribute("html", "dir")).toBe("rtl")
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)

    const form = page.getByTestId("apply-form")
    await form.locator('[name="name"]').fill(cooperative)
    await form.locator('[name="legal_form"]').selectOption("cooperative")
    await form.locator('[name="logo"]').setInputFiles({
      name: "logo.png",
      mimeType: "image/png",
      buffer: samplePng(),
    })
    await form.locator('[name="region"]').selectOption("Souss-Massa")
    await form.locator('[name="city"]').fill("تالوين")
    await form.locator('[name="phone"]').fill("06 12 34 56 78")
    await form.locator('[name="members_count"]').fill("18")
    await form.locator('[name="women_share"]').fill("100")
    await form.locator('[name="story_ar"]').fill("نساء تالوين يجنين الزعفران يدويًا كل خريف.")
    await form.locator('[name="first_name"]').fill("فاطمة")
    await form.locator('[name="last_name"]').fill("أيت سعيد")
    await form.locator('[name="email"]').fill(email)
    await form.locator('[name="password"]').fill(password)
    await page.getByTestId("apply-submit").click()

    await page.waitForURL(/\/ar\/portal\/dashboard$/)
    expect(await statusOnDashboard(page)).toBe("pending")
    expect(await page.getByTestId("portal-status").textContent()).toMatch(/[\u0600-\u06FF]/)

    // 2. the centre's staff open the application in Admin → Cooperatives and approve it
    const token = await staffToken()
    const { vendors } = await admin<{ vendors: { id: string; name: string; handle: string }[] }>(
      token,
      `/admin/vendors?q=${encodeURIComponent(stamp)}`
    )
    const vendor = vendors.find((candidate) => candidate.name === cooperative)
    expect(vendor).toBeDefined()
    const staff = await openAdminAsStaff(browser, backendUrl)
    await decideInAdmin(staff, vendor!.id, "approve", "approved")
    // staff record where payouts go, from the RIB slip the cooperative brought
    await staff.getByTestId("bank-rib").fill("145 450 0000021000000000 12")
    await staff.getByTestId("bank-bank_name").fill("Banque Populaire")
    await staff.getByTestId("bank-account_holder").fill(cooperative)
    await staff.getByTestId("bank-save").click()
    await staff.getByTestId("bank-message").filter({ hasText: "Saved" }).waitFor({ timeout: 30_000 })

    // 3. the member signs out, signs in again and sees the approval
    await page.getByTestId("portal-sign-out").click()
    await page.waitForURL(/\/ar\/portal\/sign-in$/)
    const signIn = page.getByTestId("sign-in-form")
    await signIn.locator('[name="email"]').fill(email)
    await signIn.locator('[name="password"]').fill(password)
    await page.getByTestId("sign-in-submit").click()
    await page.waitForURL(/\/ar\/portal\/dashboard$/)
    expect(await statusOnDashboard(page)).toBe("approved")

    // 4. a product with a photo, sent for review
    await page.goto(`${storefrontUrl}/ar/portal/products/new`)
    await page.getByTestId("product-title-ar").fill(productTitle)
    await page.getByTestId("product-description-ar").fill("زعفران حر من تالوين، قطف هذا العام.")
    const category = page.getByTestId("product-category")
    const firstCategory = await category.locator("option:not([disabled])").first().getAttribute("value")
    await category.selectOption(firstCategory!)
    await page.getByTestId("product-photos").setInputFiles({
      name: "safran.png",
      mimeType: "image/png",
      buffer: samplePng(24),
    })
    await page.getByTestId("variant-price-mad").first().fill("95")
    await page.getByTestId("variant-price-eur").first().fill("9,50")
    await page.getByTestId("variant-stock").first().fill("12")
    await page.getByTestId("product-submit-review").click()

    await page.waitForURL(/\/ar\/portal\/products\?submitted=1$/)
    const row = page.getByTestId("portal-product-row").filter({ hasText: productTitle })
    expect(await row.getAttribute("data-status")).toBe("proposed")
    const editHref = await row.getByTestId("portal-product-edit").getAttribute("href")
    const productId = decodeURIComponent(editHref!.split("/").pop()!)
    expect(productId).toMatch(/^prod_/)

    // 5. staff publish it from Admin → Moderation: it shows on the cooperative's page at once,
    // and as published in the portal
    await staff.goto(`${backendUrl}/app/moderation`)
    const waiting = staff.locator(`[data-testid="moderation-row"][data-product-id="${productId}"]`)
    await waiting.getByTestId("moderation-publish").click()
    await waiting.waitFor({ state: "detached", timeout: 30_000 })
    const coopPage = await page.goto(`${storefrontUrl}/fr/cooperatives/${vendor!.handle}`)
    expect(coopPage?.status()).toBe(200)
    await expect(page.getByTestId("product-card").filter({ hasText: productTitle }).count()).resolves.toBe(1)
    const { product } = await admin<{ product: { handle: string } }>(
      token,
      `/admin/products/${productId}?fields=handle`
    )
    const productUrl = `${storefrontUrl}/fr/products/${product.handle}`
    expect((await page.goto(productUrl))?.status()).toBe(200)

    // 6. staff suspend the cooperative: its page and product leave the shop at once
    await decideInAdmin(staff, vendor!.id, "suspend", "suspended", "Documents ONSSA à renouveler")
    expect((await page.goto(productUrl))?.status()).toBe(404)
    expect((await page.goto(`${storefrontUrl}/fr/cooperatives/${vendor!.handle}`))?.status()).toBe(404)

    // 7. reinstated, exactly what was published comes back
    await decideInAdmin(staff, vendor!.id, "reinstate", "approved")
    expect((await page.goto(productUrl))?.status()).toBe(200)
    await page.goto(`${storefrontUrl}/fr/cooperatives/${vendor!.handle}`)
    await expect(page.getByTestId("product-card").filter({ hasText: productTitle }).count()).resolves.toBe(1)
    await staff.context().close()

    await page.goto(`${storefrontUrl}/ar/portal/products`)
    expect(
      await page
        .getByTestId("portal-product-row")
        .filter({ hasText: productTitle })
        .getAttribute("data-status")
    ).toBe("published")
    await page.context().close()
  })

  it("shows field-level errors in the member's language when the form is incomplete", async () => {
    const page = await phonePage()
    await page.goto(`${storefrontUrl}/fr/portal/apply`)
    await page.getByTestId("apply-submit").click()
    await page.getByTestId("form-error").waitFor()
    expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(3)
    expect(await page.locator("#field-name-error").textContent()).toContain("obligatoire")
    await page.context().close()
  })

  it("refuses a wrong password and keeps the member on the sign-in page", async () => {
    const page = await phonePage()
    await page.goto(`${storefrontUrl}/en/portal/sign-in`)
    await page.locator('[name="email"]').fill("nobody@example.ma")
    await page.locator('[name="password"]').fill("not-the-password")
    await page.getByTestId("sign-in-submit").click()
    await page.getByTestId("form-error").waitFor()
    expect(await page.getByTestId("form-error").textContent()).toMatch(/Wrong email or password/)
    expect(page.url()).toMatch(/\/en\/portal\/sign-in$/)
    await page.context().close()
  })
})

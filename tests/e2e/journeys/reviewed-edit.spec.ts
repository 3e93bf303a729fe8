import type { Browser } from "playwright-core"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { launchChromium, openPhonePage } from "../support/browser"
import { signInToPortal } from "../support/member"
import { openAdminAsStaff } from "../support/staff"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const weaver = demoLogins.weaver

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** The digits of the price the shop shows first on a product's page ("1 800,00 MAD" → "180000"). */
async function shownPrice(handle: string) {
  const page = await openPhonePage(browser)
  await page.goto(`${storefrontUrl}/fr/products/${handle}`)
  const text = (await page.getByTestId("product-price").first().textContent()) ?? ""
  await page.context().close()
  return text.replace(/\D/g, "")
}

describe("an edit of a published product waits for the centre", () => {
  it("a member doubles a price and adds a photo; the shop keeps the published version until staff approve", async () => {
    const page = await signInToPortal(browser, storefrontUrl, weaver, "fr")
    await page.goto(`${storefrontUrl}/fr/portal/products?status=published`)
    const row = page.locator('[data-testid="portal-product-row"][data-status="published"]').first()
    const title = ((await row.locator(".portal-product__title").textContent()) ?? "").trim()
    await row.getByTestId("portal-product-edit").click()
    await page.waitForURL(/\/fr\/portal\/products\/prod_/)
    const productId = page.url().split("/").pop()!

    const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: demoLogins.staff.email, password: demoLogins.staff.password }),
    })
    const { token } = (await login.json()) as { token: string }
    const admin = await fetch(`${backendUrl}/admin/products/${productId}?fields=handle`, {
      headers: { authorization: `Bearer ${token}` },
    })
    const { handle } = ((await admin.json()) as { product: { handle: string } }).product

    const price = page.getByTestId("variant-price-mad").first()
    const before = Number((await price.inputValue()).replace(",", "."))
    const after = before * 2
    await price.fill(String(after))
    await page.getByTestId("product-photos").setInputFiles({
      name: "nouveau.jpg",
      mimeType: "image/jpeg",
      buffer: await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#2e86c1" } })
        .jpeg()
        .toBuffer(),
    })
    await page.getByTestId("product-save").click()
    await page.getByTestId("product-edit-pending").waitFor({ timeout: 60_000 })

    // the shop still sells at the published price
    expect((await shownPrice(handle)).startsWith(String(before))).toBe(true)

    // staff see the change in Moderation and approve it
    const staff = await openAdminAsStaff(browser, backendUrl)
    await staff.goto(`${backendUrl}/app/moderation`)
    const edit = staff.getByTestId("edit-row").filter({ hasText: title })
    await edit.waitFor({ timeout: 60_000 })
    expect(await edit.locator('[data-field="Photos"]').count()).toBe(1)
    await edit.getByTestId("edit-approve").click()
    await edit.waitFor({ state: "detached", timeout: 30_000 })
    await staff.context().close()

    // approving expires the shop's cache: the new price shows at once
    expect((await shownPrice(handle)).startsWith(String(after))).toBe(true)
  })
})

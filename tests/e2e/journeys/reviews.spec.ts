import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { launchChromium, openPhonePage } from "../support/browser"
import { markDeliveredCashCollected, markShipped, orderRows, signInToPortal } from "../support/member"
import { assertAccessible, assertFitsScreen } from "../support/page-checks"
import {
  addToCart,
  checkOutCashOnDelivery,
  newShopper,
  openCart,
  signUp,
  stockedProductOf,
} from "../support/shopper"
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

describe("a review from a buyer", () => {
  const cooperative = { login: demoLogins.member, product: stockedProductOf(demoLogins.member.vendor) }

  it("a shopper reviews a delivered product, staff publish it, the member replies; the product page shows it in French and Arabic", async () => {
    const words = `Huile délicieuse, livrée vite (${Date.now().toString(36)})`
    const shopper = newShopper()
    const page = await openPhonePage(browser)
    await signUp(page, storefrontUrl, shopper)
    await addToCart(page, storefrontUrl, cooperative.product.handle)
    await openCart(page)
    const order = await checkOutCashOnDelivery(page)

    // the cooperative ships and delivers it
    const member = await signInToPortal(browser, storefrontUrl, cooperative.login, "fr")
    await (await orderRows(member, order.number)).click()
    await markShipped(member, "Amana", `AM${Date.now().toString(36).toUpperCase()}`)
    await markDeliveredCashCollected(member)

    // the shopper rates it from her order, once delivered
    await page.goto(`${storefrontUrl}/fr/account/orders/${order.id}`)
    const form = page.getByTestId("review-form").first()
    await form.getByTestId("review-open").click()
    await form.getByTestId("review-rating-5").click()
    await form.getByTestId("review-text").fill(words)
    await assertFitsScreen(page)
    await form.getByTestId("review-submit").click()
    await page.getByTestId("review-sent").waitFor({ timeout: 30_000 })
    await page.getByTestId("review-status").and(page.locator('[data-status="pending"]')).first().waitFor()
    await assertAccessible(page)

    // waiting for staff: not on the product page yet
    await page.goto(`${storefrontUrl}/fr/products/${cooperative.product.handle}`)
    expect(await page.getByTestId("review-body").filter({ hasText: words }).count()).toBe(0)

    // staff publish it in Admin
    const staff = await openAdminAsStaff(browser, backendUrl)
    await staff.goto(`${backendUrl}/app/reviews`)
    await staff.getByTestId("reviews-page").waitFor({ timeout: 60_000 })
    const row = staff.getByTestId("review-row").filter({ hasText: words })
    await row.waitFor({ timeout: 30_000 })
    await row.getByTestId("review-publish").click()
    await row.waitFor({ state: "detached", timeout: 30_000 })
    await staff.context().close()

    // the member answers it from her phone
    await member.goto(`${storefrontUrl}/fr/portal/reviews`)
    const review = member.getByTestId("portal-review").filter({ hasText: words })
    await review.getByTestId("review-reply-text").fill("Merci beaucoup, à bientôt !")
    await review.getByTestId("review-reply-submit").click()
    await review.getByTestId("review-reply").waitFor({ timeout: 30_000 })
    await assertFitsScreen(member)
    await member.context().close()

    // the product page shows it with the cooperative's answer, in French and in Arabic
    for (const locale of ["fr", "ar"]) {
      await page.goto(`${storefrontUrl}/${locale}/products/${cooperative.product.handle}`)
      const shown = page.getByTestId("review").filter({ hasText: words })
      await shown.waitFor({ timeout: 30_000 })
      expect(await shown.getByTestId("review-author").textContent()).toContain(shopper.firstName)
      expect(await shown.getByTestId("review-reply").textContent()).toContain("Merci beaucoup")
      // her French words keep their direction on the Arabic page
      expect(await shown.getByTestId("review-body").getAttribute("lang")).toBe("fr")
      const rating = page.getByTestId("product-rating")
      expect(Number(await rating.getAttribute("data-count"))).toBeGreaterThanOrEqual(1)
      await assertFitsScreen(page)
    }
    expect(await page.getAttribute("html", "dir")).toBe("rtl")
    await assertAccessible(page)

    // and the cooperative's page, its products' average
    await page.goto(`${storefrontUrl}/fr/cooperatives/${cooperative.login.vendor}`)
    const average = page.getByTestId("cooperative-rating")
    expect(Number(await average.getAttribute("data-count"))).toBeGreaterThanOrEqual(1)
    await page.context().close()
  })
})

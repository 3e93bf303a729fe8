import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium, openPhonePage } from "../support/browser"
import { assertAccessible, assertFitsScreen } from "../support/page-checks"
import { newShopper, productsFromCooperatives, seedTitle, signUp } from "../support/shopper"

const storefrontUrl = inject("storefrontUrl")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const pressed = (page: Page) => page.getByTestId("favourite-button").first().getAttribute("aria-pressed")

describe("favourites", () => {
  it("a guest's hearts survive sign-in and fill the account's favourites page, in French and Arabic", async () => {
    const shopper = newShopper()
    const [first, second] = productsFromCooperatives(2)

    // an account exists, signed out on this phone
    const page = await openPhonePage(browser)
    await signUp(page, storefrontUrl, shopper)
    await page.getByTestId("sign-out").click()
    await page.getByTestId("sign-in-form").waitFor()

    // as a guest: a heart on the product page, and one on a card
    for (const product of [first, second]) {
      await page.goto(`${storefrontUrl}/fr/products/${product.handle}`)
      const heart = page.getByTestId("favourite-button").first()
      expect(await heart.textContent()).toContain("Favori")
      await expect.poll(() => pressed(page)).toBe("false")
      await heart.click()
      await expect.poll(() => pressed(page)).toBe("true")
    }
    await page.reload()
    await expect.poll(() => pressed(page)).toBe("true")

    // sign in: the account's first page moves the browser's list into the account
    await page.goto(`${storefrontUrl}/fr/account`)
    const form = page.getByTestId("sign-in-form")
    await form.getByTestId("sign-in-email").fill(shopper.email)
    await form.getByTestId("sign-in-password").fill(shopper.password)
    await form.getByTestId("sign-in-submit").click()
    await page.getByTestId("account").waitFor({ timeout: 30_000 })
    await expect
      .poll(() => page.evaluate(() => window.localStorage.getItem("bazaar.favourites")), { timeout: 15_000 })
      .toBeNull()

    await page.getByTestId("favourites-link").click()
    await page.getByTestId("favourites").waitFor()
    for (const product of [first, second]) {
      const card = page.getByTestId("product-card").filter({ hasText: seedTitle(product.handle, "fr") })
      await expect(card.count()).resolves.toBe(1)
    }
    await assertFitsScreen(page)
    await assertAccessible(page)

    // the same list in Arabic, right to left
    await page.goto(`${storefrontUrl}/ar/account/favourites`)
    expect(await page.getAttribute("html", "dir")).toBe("rtl")
    const arabicTitle = seedTitle(first.handle, "ar")
    await expect(page.getByTestId("product-card").filter({ hasText: arabicTitle }).count()).resolves.toBe(1)
    const heart = page.getByRole("button", { name: `مفضّل: ${arabicTitle}` })
    expect(await heart.getAttribute("aria-pressed")).toBe("true")
    await assertFitsScreen(page)

    // taking one out on the page leaves one after a reload
    await heart.click()
    await expect.poll(() => heart.getAttribute("aria-pressed")).toBe("false")
    await page.waitForTimeout(500)
    await page.reload()
    await expect(page.getByTestId("product-card").count()).resolves.toBe(1)
    await page.context().close()
  })
})

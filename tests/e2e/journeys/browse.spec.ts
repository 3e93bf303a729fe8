import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium, openPhonePage } from "../support/browser"
import { assertAccessible, assertFitsScreen } from "../support/page-checks"

const storefrontUrl = inject("storefrontUrl")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const phonePage = () => openPhonePage(browser)

/** home → a category → a product → its cooperative, checking what a shopper reads at each step. */
async function browseFromHome(page: Page, locale: "fr" | "ar" | "en") {
  const home = await page.goto(`${storefrontUrl}/${locale}`)
  expect(home?.status()).toBe(200)
  expect(await page.getAttribute("html", "lang")).toBe(locale)

  await page.getByTestId("category-link").first().click()
  await page.waitForURL(/\/categories\//)
  const categoryUrl = page.url()
  expect(categoryUrl).toContain(`/${locale}/categories/`)

  await page.getByTestId("product-card").first().click()
  await page.waitForURL(/\/products\//)
  const title = (await page.getByTestId("product-title").textContent())?.trim()
  expect(title).toBeTruthy()
  const price = (await page.getByTestId("product-price").first().textContent())?.trim() ?? ""
  expect(price).toMatch(/\d/)
  await expect(page.getByTestId("stock-status").first().isVisible()).resolves.toBe(true)

  const cooperativeCard = page.getByTestId("cooperative-card")
  await expect(cooperativeCard.isVisible()).resolves.toBe(true)
  const cooperativeNameOnCard = (await cooperativeCard.textContent()) ?? ""
  await cooperativeCard.getByTestId("cooperative-link").click()
  await page.waitForURL(/\/cooperatives\//)
  const cooperativeName = (await page.getByTestId("cooperative-name").textContent())?.trim() ?? ""
  expect(cooperativeName.length).toBeGreaterThan(2)
  expect(cooperativeNameOnCard).toContain(cooperativeName)
  expect(await page.getByTestId("product-card").count()).toBeGreaterThan(0)

  return { title, price }
}

describe("browsing the bazaar on a phone", () => {
  it("goes from home to a category, a product and its cooperative in French", async () => {
    const page = await phonePage()
    await browseFromHome(page, "fr")
    expect(await page.getAttribute("html", "dir")).not.toBe("rtl")
    await page.context().close()
  })

  it("does the same in Arabic, right to left, with Arabic product texts", async () => {
    const page = await phonePage()
    const { title } = await browseFromHome(page, "ar")
    expect(await page.getAttribute("html", "dir")).toBe("rtl")
    expect(title).toMatch(/[\u0600-\u06FF]/)
    await page.context().close()
  })

  it("switches language on the same page and shows prices in euros after the currency switch", async () => {
    const page = await phonePage()
    await page.goto(`${storefrontUrl}/fr`)
    await page.getByTestId("language-link-en").click()
    await page.waitForURL(/\/en(\/|$)/)
    expect(await page.getAttribute("html", "lang")).toBe("en")

    await page.getByTestId("category-link").first().click()
    await page.getByTestId("product-card").first().click()
    await page.waitForURL(/\/products\//)
    const before = (await page.getByTestId("product-price").first().textContent()) ?? ""
    expect(before).not.toMatch(/€/)
    await page.getByTestId("currency-switch").locator('button[value="eur"]').click()
    await page.waitForFunction(
      (previous) => document.querySelector('[data-testid="product-price"]')?.textContent !== previous,
      before
    )
    const after = (await page.getByTestId("product-price").first().textContent()) ?? ""
    expect(after).toMatch(/€/)
    await page.context().close()
  })

  it("answers 404 for a product that does not exist", async () => {
    const page = await phonePage()
    const response = await page.goto(`${storefrontUrl}/fr/products/no-such-product-anywhere`)
    expect(response?.status()).toBe(404)
    await page.context().close()
  })
})

describe("the checks run on every page", () => {
  it("catch a page wider than the phone and a control without a name", async () => {
    const page = await phonePage()
    await page.goto(`${storefrontUrl}/en`)
    // styles set through the DOM, which the Content-Security-Policy allows
    await page.evaluate(() => {
      const wide = document.createElement("div")
      wide.style.inlineSize = "400px"
      wide.style.blockSize = "1px"
      document.body.append(wide)
      document.body.append(document.createElement("button"))
    })
    await expect(assertFitsScreen(page)).rejects.toThrow(/is 40\d px wide on a 360 px screen/)
    await expect(assertAccessible(page)).rejects.toThrow(/critical\] button-name/)
    await page.context().close()
  })
})

describe("for search engines", () => {
  it("lists every product, cooperative and bazaar in the sitemap", async () => {
    const response = await fetch(`${storefrontUrl}/sitemap.xml`)
    expect(response.status).toBe(200)
    const xml = await response.text()
    const productHandles = new Set([...xml.matchAll(/\/products\/([a-z0-9-]+)</g)].map((match) => match[1]))
    expect(productHandles.size).toBeGreaterThanOrEqual(120)
    expect(xml).toMatch(/\/cooperatives\/[a-z0-9-]+</)
    // the demo's bazaars, past and to come
    expect(xml).toMatch(/\/events\/[a-z0-9-]+</)
  })

  it("serves robots.txt pointing to the sitemap", async () => {
    const response = await fetch(`${storefrontUrl}/robots.txt`)
    expect(response.status).toBe(200)
    expect(await response.text()).toMatch(/Sitemap: .*\/sitemap\.xml/)
  })
})

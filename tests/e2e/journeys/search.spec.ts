import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium, openPhonePage } from "../support/browser"

const storefrontUrl = inject("storefrontUrl")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const phonePage = () => openPhonePage(browser)

/** home → type a misspelled query → pick a suggestion → results → filter by region → a product. */
async function searchFromHome(page: Page, locale: "fr" | "ar", misspelled: string) {
  await page.goto(`${storefrontUrl}/${locale}`)
  const input = page.getByTestId("search-input")
  await input.click()
  await input.pressSequentially(misspelled, { delay: 40 })
  const suggestion = page.getByTestId("search-suggestion").first()
  await suggestion.waitFor({ state: "visible", timeout: 15_000 })
  expect(await input.getAttribute("aria-expanded")).toBe("true")

  // the keyboard reaches the suggestions too
  await input.press("ArrowDown")
  expect(await suggestion.getAttribute("aria-selected")).toBe("true")
  await input.press("Enter")
  await page.waitForURL(new RegExp(`/${locale}/search\\?q=`))
  expect(await page.getByTestId("search-result").count()).toBeGreaterThan(0)

  const region = page.getByTestId("search-facet-region").getByTestId("search-facet-region-option").first()
  const regionValue = await region.getAttribute("data-value")
  await region.click()
  await page.waitForURL(/region=/)
  expect(decodeURIComponent(page.url().replace(/\+/g, " "))).toContain(`region=${regionValue}`)
  expect(await page.getByTestId("search-result").count()).toBeGreaterThan(0)

  await page.getByTestId("search-result").first().click()
  await page.waitForURL(/\/products\//)
  return (await page.getByTestId("product-title").textContent())?.trim() ?? ""
}

describe("searching on a phone", () => {
  it("finds argan oil from a misspelled Arabic query, right to left", async () => {
    const page = await phonePage()
    const title = await searchFromHome(page, "ar", "زيت الاركن")
    expect(await page.getAttribute("html", "dir")).toBe("rtl")
    expect(title).toMatch(/[\u0600-\u06FF]/)
    await page.context().close()
  })

  it("finds argan oil from a misspelled French query", async () => {
    const page = await phonePage()
    const title = await searchFromHome(page, "fr", "huile dargan")
    expect(title.toLowerCase()).toContain("argan")
    await page.context().close()
  })

  it("keeps the search in the URL and explains an empty result", async () => {
    const page = await phonePage()
    await page.goto(`${storefrontUrl}/fr/search?q=${encodeURIComponent("xqzwvk")}`)
    await page.getByTestId("search-empty").waitFor()
    await page.goto(`${storefrontUrl}/en/search?q=rug&sort=price_asc`)
    expect(await page.getByTestId("search-result").count()).toBeGreaterThan(0)
    expect(await page.getByTestId("search-sort-price_asc").getAttribute("aria-current")).toBe("page")

    // a filter is a step the back button takes back
    const unfiltered = await page.getByTestId("search-result").count()
    await page.getByTestId("search-facet-region").getByTestId("search-facet-region-option").first().click()
    await page.waitForURL(/region=/)
    await page.goBack()
    await page.waitForURL((url) => !url.searchParams.has("region") && url.searchParams.get("q") === "rug")
    expect(await page.getByTestId("search-sort-price_asc").getAttribute("aria-current")).toBe("page")
    // the URL changes as soon as the back button is pressed; the unfiltered results follow it
    await expect.poll(() => page.getByTestId("search-result").count(), { timeout: 10_000 }).toBe(unfiltered)
    await page.context().close()
  })
})

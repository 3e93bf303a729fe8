import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { paintPlaceholderPng } from "../../../apps/backend/src/scripts/seed/placeholder-image"
import { forSale } from "../support/stock"
import { launchChromium, openPhonePage } from "../support/browser"
import { markDeliveredCashCollected, markShipped, orderRows, signInToPortal } from "../support/member"
import {
  addToCart,
  checkOutCashOnDelivery,
  newShopper,
  openCart,
  signUp,
  stockedProductOf,
} from "../support/shopper"

const storefrontUrl = inject("storefrontUrl")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe("a return of one of two items", () => {
  const cooperative = { login: demoLogins.member, product: stockedProductOf(demoLogins.member.vendor) }

  it("the shopper asks, the member accepts and receives it: one unit back in stock, refunded, and out of the ledger", async () => {
    const shopper = newShopper()
    const shopperPage = await openPhonePage(browser)
    await signUp(shopperPage, storefrontUrl, shopper)
    await addToCart(shopperPage, storefrontUrl, cooperative.product.handle, 2)
    expect(await openCart(shopperPage)).toHaveLength(1)
    const order = await checkOutCashOnDelivery(shopperPage)

    // the member ships and delivers it, collecting the cash
    const member = await signInToPortal(browser, storefrontUrl, cooperative.login, "ar")
    await (await orderRows(member, order.number)).click()
    await markShipped(member, "Amana", `AM${Date.now().toString(36).toUpperCase()}RT`)
    await markDeliveredCashCollected(member)
    const orderUrl = member.url().replace(/\?.*$/, "")

    // the shopper asks to send one of the two back, from her account
    await shopperPage.goto(`${storefrontUrl}/fr/account/orders/${order.id}`)
    const request = shopperPage.getByTestId("return-request")
    await request.locator("summary").click()
    await request.getByTestId("return-quantity").selectOption("1")
    await request.getByTestId("return-reason").selectOption("damaged")
    await request.locator('[name="note"]').fill("Un flacon est arrivé fêlé")
    // with a photo of the crack, as her phone takes it (the backend checks the bytes)
    await request.getByTestId("return-photos").setInputFiles({
      name: "flacon-fele.png",
      mimeType: "image/png",
      buffer: paintPlaceholderPng({ color: "#6b8e23", seed: "flacon-fele", size: 48 }),
    })
    await request.getByTestId("return-request-submit").click()
    await shopperPage
      .getByTestId("return-request-status")
      .filter({ hasText: "Demande envoyée" })
      .waitFor({ timeout: 30_000 })

    // the member reads it on the parcel's page, accepts it, then records the item back
    const before = await forSale(cooperative.product.handle)
    await member.goto(orderUrl)
    const returns = member.getByTestId("portal-returns")
    expect(await returns.textContent()).toContain("وصل تالفًا")
    await returns.getByTestId("return-photos-list").locator("img").first().waitFor()
    await returns.getByTestId("return-accept-submit").click()
    await returns.getByTestId("return-receive-submit").waitFor({ timeout: 30_000 })
    await returns.getByTestId("return-receive-submit").click()
    await returns
      .getByTestId("portal-return-status")
      .filter({ hasText: "تم الاسترداد" })
      .waitFor({ timeout: 60_000 })
    expect(await forSale(cooperative.product.handle)).toBe(before + 1)

    // the shopper sees the refund of one unit; the cooperative's earnings show it taken back
    await shopperPage.reload()
    await shopperPage
      .getByTestId("return-request-status")
      .filter({ hasText: "Remboursée" })
      .waitFor({ timeout: 30_000 })
    expect(await shopperPage.getByTestId("return-refunded").textContent()).toMatch(/Remboursé/)
    await member.goto(`${storefrontUrl}/ar/portal/earnings`)
    const refund = member.getByTestId("earnings-movement").and(member.locator('[data-kind="refund"]'))
    await refund
      .filter({ hasText: `#${order.number}` })
      .first()
      .waitFor({ timeout: 30_000 })
    await member.context().close()
    await shopperPage.context().close()
  })
})

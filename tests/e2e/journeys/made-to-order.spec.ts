import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium, openPhonePage } from "../support/browser"
import { emailsTo } from "../support/mailbox"
import { addToCart, checkOutCashOnDelivery, openCart } from "../support/shopper"

const storefrontUrl = inject("storefrontUrl")
const mailboxUrl = inject("mailboxUrl")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

// a demo rug its cooperative knots to order, in about 21 days
const RUG = "tapis-beni-ouarain-ecru-losanges"

describe("a piece made to order", () => {
  it("says how long it takes on the product, in the cart, and when to expect it on the confirmation and in its email", async () => {
    const page = await openPhonePage(browser)
    await addToCart(page, storefrontUrl, RUG)
    expect(await page.getByTestId("product-lead-time").textContent()).toBe(
      "Fait pour vous en environ 21 jours"
    )

    expect(await openCart(page)).toHaveLength(1)
    expect(await page.getByTestId("cart-item-lead-time").textContent()).toBe(
      "Fait pour vous en environ 21 jours"
    )

    const guestEmail = `rug-${Date.now()}@example.ma`
    await checkOutCashOnDelivery(page, { guestEmail })
    const ready = new Date(Date.now() + 21 * 24 * 60 * 60 * 1000)
    const expected = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long" }).format(ready)
    expect(await page.getByTestId("order-item-ready-by").textContent()).toContain(
      `Prête à partir vers le ${expected}`
    )
    const [confirmation] = await emailsTo(mailboxUrl, guestEmail, "est confirmée")
    expect(confirmation.text).toContain("fait pour vous en 21 jours environ")
    expect(confirmation.text).toContain(`ce colis partira vers le ${expected}`)
    await page.context().close()
  })
})

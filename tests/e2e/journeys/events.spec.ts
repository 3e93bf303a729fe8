import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { launchChromium, openPhonePage } from "../support/browser"
import { emailsTo, smsTo } from "../support/mailbox"
import { orderRows, signInToPortal } from "../support/member"
import { assertAccessible, assertFitsScreen } from "../support/page-checks"
import { addToCart, goToPayment, openCart, stockedProductOf, waitForConfirmation } from "../support/shopper"
import { openAdminAsStaff } from "../support/staff"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const mailboxUrl = inject("mailboxUrl")
const smsUrl = inject("smsUrl")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** A `datetime-local` value `days` from now, in the browser's time zone. */
function localDateTime(days: number, hour: number): string {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000)
  const pad = (value: number) => String(value).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(hour)}:00`
}

/** Picks a cooperative in the form's stand row `index` (a Medusa UI select). */
async function pickCooperative(staff: Page, index: number, handle: string) {
  await staff.getByTestId(`event-stand-vendor-${index}`).click()
  await staff.getByTestId(`event-stand-option-${handle}`).click()
}

describe("a bazaar on site, announced in the shop", () => {
  it("staff create an event with two cooperatives in Admin; the shop shows it with their stands", async () => {
    const staff = await openAdminAsStaff(browser, backendUrl)
    await staff.goto(`${backendUrl}/app/events`)
    await staff.getByTestId("event-form").waitFor({ timeout: 60_000 })

    await staff.getByTestId("event-name-fr").fill("Bazar de Chefchaouen")
    await staff.getByTestId("event-name-ar").fill("بازار شفشاون")
    await staff.getByTestId("event-name-en").fill("Chefchaouen bazaar")
    expect(await staff.getByTestId("event-handle").inputValue()).toBe("bazar-de-chefchaouen")
    await staff.getByTestId("event-city").fill("Chefchaouen")
    await staff.getByTestId("event-address").fill("Place Outa el Hammam")
    await staff.getByTestId("event-starts").fill(localDateTime(-1, 10))
    await staff.getByTestId("event-ends").fill(localDateTime(3, 20))
    await staff.getByTestId("event-opening_hours-fr").fill("Tous les jours, 10h–20h")

    await staff.getByTestId("event-add-stand").click()
    await pickCooperative(staff, 0, "tifawin-argan")
    await staff.getByTestId("event-stand-number-0").fill("21")
    await staff.getByTestId("event-add-stand").click()
    await pickCooperative(staff, 1, "poterie-bab-chaaba")
    await staff.getByTestId("event-stand-number-1").fill("8")
    await staff.getByTestId("event-save").click()
    await staff.getByTestId("event-row-bazar-de-chefchaouen").waitFor({ timeout: 30_000 })
    await staff.context().close()

    // the shopper, on a 360 px phone: the home page announces the running bazaar
    const page = await openPhonePage(browser)
    await page.goto(`${storefrontUrl}/fr`)
    const banner = page.getByTestId("event-banner")
    await expect(banner.textContent()).resolves.toContain("Bazar de Chefchaouen")
    await banner.getByRole("link").click()
    await page.waitForURL(/\/fr\/events\/bazar-de-chefchaouen$/)
    await expect(page.getByTestId("event-name").textContent()).resolves.toBe("Bazar de Chefchaouen")
    const stands = await page.getByTestId("event-stand-number").allTextContents()
    expect(stands).toEqual(["Stand 8", "Stand 21"])
    expect(await page.getByTestId("product-card").count()).toBeGreaterThan(0)
    await assertFitsScreen(page)
    await assertAccessible(page)

    // in Arabic, right to left, with the Arabic name
    await page.goto(`${storefrontUrl}/ar/events`)
    expect(await page.getAttribute("html", "dir")).toBe("rtl")
    const cards = await page.getByTestId("event-card").allTextContents()
    expect(cards.join(" ")).toContain("بازار شفشاون")
    await assertFitsScreen(page)
    await assertAccessible(page)

    // each participating cooperative's page says where its stand is
    await page.goto(`${storefrontUrl}/en/cooperatives/tifawin-argan`)
    await expect(page.getByTestId("cooperative-stand").textContent()).resolves.toContain(
      "stand 21, Chefchaouen bazaar"
    )
    await assertFitsScreen(page)
    await page.context().close()
  })

  it("a shopper orders for pick-up at the stand; the member hands it over with her code", async () => {
    // the bazaar of the test above runs now, with Tifawin (the demo member's cooperative) at stand 21
    const product = stockedProductOf(demoLogins.member.vendor)
    const page = await openPhonePage(browser)
    await addToCart(page, storefrontUrl, product.handle)
    await openCart(page)
    const guestEmail = `stand-pickup-${Date.now()}@example.ma`
    // the stand instead of the courier: named with its number, its bazaar, where and when
    const payment = await goToPayment(page, {
      guestEmail,
      chooseShipping: async (shipping) => {
        const stand = shipping.locator('[data-testid="shipping-option"][data-option-type="stand-pickup"]')
        expect(await stand.count()).toBe(1)
        const choice = await shipping
          .locator('label.choice:has([data-option-type="stand-pickup"])')
          .textContent()
        expect(choice).toContain("21")
        expect(choice).toContain("Bazar de Chefchaouen")
        await stand.check()
        await assertFitsScreen(page)
      },
    })
    expect(await payment.getByTestId("payment-cod").isChecked()).toBe(true)
    await payment.getByTestId("place-order").click()
    const order = await waitForConfirmation(page)

    // the code on the confirmation, in her email and by SMS
    const codeBlock = page.getByTestId("pickup-code")
    const code = (await codeBlock.getAttribute("data-code")) ?? ""
    expect(code).toMatch(/^\d{6}$/)
    await expect(page.getByTestId("pickup-place").first().textContent()).resolves.toContain("21")
    await assertAccessible(page)
    const [confirmation] = await emailsTo(mailboxUrl, guestEmail, "est confirmée")
    expect(confirmation.text).toContain(code)
    const [text] = await smsTo(smsUrl, "+212612345678", code)
    expect(text.body).toContain("stand 21")
    await page.context().close()

    // the member at the stand, on her phone: a wrong code is refused, hers hands the order over
    const member = await signInToPortal(browser, storefrontUrl, demoLogins.member, "fr")
    const rows = await orderRows(member, order.number)
    await expect(rows.first().textContent()).resolves.toContain("21")
    await rows.first().click()
    await member.getByTestId("pickup-form").waitFor({ timeout: 30_000 })
    await expect(member.getByTestId("pickup-place").textContent()).resolves.toContain("21")
    expect(await member.getByTestId("ship-submit").count()).toBe(0)
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0")
    await member.getByTestId("pickup-code-input").fill(wrong)
    await member.getByTestId("pickup-submit").click()
    await member
      .getByTestId("form-error")
      .getByText("Ce n'est pas le code de cette commande")
      .waitFor({ timeout: 30_000 })
    await member.getByTestId("pickup-code-input").fill(code)
    await member.getByTestId("pickup-submit").click()
    await member.getByTestId("order-delivered-notice").waitFor({ timeout: 30_000 })
    await assertFitsScreen(member)
    await member.context().close()
  })
})

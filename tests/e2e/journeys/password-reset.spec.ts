import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium, openPhonePage } from "../support/browser"
import { emailsTo, linkIn } from "../support/mailbox"
import { newShopper, signUp } from "../support/shopper"

const storefrontUrl = inject("storefrontUrl")
const mailboxUrl = inject("mailboxUrl")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe("a shopper who forgot her password, in Arabic on a phone", () => {
  it("asks for a link from the sign-in page, sets a new password from the email, and signs in with it", async () => {
    const shopper = newShopper()
    const first = await openPhonePage(browser)
    await signUp(first, storefrontUrl, shopper)
    await first.context().close()

    const page = await openPhonePage(browser)
    await page.goto(`${storefrontUrl}/ar/account`)
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl")
    await page.getByTestId("forgot-password-link").click()
    await page.waitForURL(/\/ar\/account\/forgot-password$/)
    const request = page.getByTestId("forgot-password-form")
    await request.getByTestId("forgot-password-email").fill(shopper.email)
    await request.getByTestId("forgot-password-submit").click()
    await expect(request.getByRole("status").textContent()).resolves.toMatch(/إن كان هناك حساب/)

    // the link in the email that reached her mailbox, on this run's storefront
    const [email] = await emailsTo(mailboxUrl, shopper.email, "/ar/account/reset-password")
    expect(email.html).toContain('dir="rtl"')
    const link = new URL(linkIn(email, "/ar/account/reset-password"))
    expect(link.pathname).toBe("/ar/account/reset-password")
    await page.goto(`${storefrontUrl}${link.pathname}${link.search}`)
    const reset = page.getByTestId("reset-password-form")
    await reset.getByTestId("reset-password-password").fill("nouveau-mot-de-passe-2026")
    await reset.getByTestId("reset-password-submit").click()
    await page.getByTestId("password-reset-done").waitFor({ timeout: 30_000 })

    const signIn = page.getByTestId("sign-in-form")
    await signIn.getByTestId("sign-in-email").fill(shopper.email)
    await signIn.getByTestId("sign-in-password").fill("nouveau-mot-de-passe-2026")
    await signIn.getByTestId("sign-in-submit").click()
    await page.getByTestId("account").waitFor({ timeout: 30_000 })

    // signed in, she gives the phone the courier will call, in Arabic
    const details = page.getByTestId("account-details-form")
    await details.getByTestId("account-phone").fill("abc")
    await details.getByTestId("account-details-submit").click()
    await details.locator("#field-phone-error").waitFor({ timeout: 30_000 })
    await details.getByTestId("account-phone").fill("06 61 23 45 67")
    await details.getByTestId("account-details-submit").click()
    await details.locator(".alert--ok").waitFor({ timeout: 30_000 })
    await page.reload()
    expect(await page.getByTestId("account-phone").inputValue()).toBe("06 61 23 45 67")
    await page.context().close()
  })
})

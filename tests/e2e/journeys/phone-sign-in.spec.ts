import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { launchChromium, openPhonePage } from "../support/browser"
import { smsTo } from "../support/mailbox"
import { agreeToSms, signInToPortal } from "../support/member"
import { assertFitsScreen } from "../support/page-checks"

const storefrontUrl = inject("storefrontUrl")
const smsUrl = inject("smsUrl")
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe("a member signs in with her phone", () => {
  it("gets a code by SMS and signs in with it, in Arabic on a 360 px phone", async () => {
    // her number is on her profile (she gave it once, signed in with her password)
    const withPassword = await signInToPortal(browser, storefrontUrl, demoLogins.weaver, "ar")
    await agreeToSms(withPassword, storefrontUrl, "ar", "06 64 11 22 33")
    await withPassword.context().close()

    const page = await openPhonePage(browser)
    await page.goto(`${storefrontUrl}/ar/portal/sign-in`)
    await page.getByTestId("sign-in-by-phone").click()
    await page.waitForURL(/\/ar\/portal\/sign-in\/phone$/)
    expect(await page.getAttribute("html", "dir")).toBe("rtl")
    await assertFitsScreen(page)

    const sent = Date.now()
    await page.getByTestId("phone-sign-in-phone").fill("06 64 11 22 33")
    await page.getByTestId("phone-sign-in-send").click()
    await page.getByTestId("phone-sign-in-code").waitFor({ timeout: 30_000 })
    await assertFitsScreen(page)

    const messages = await smsTo(smsUrl, "+212664112233", "رمز الدخول")
    // the newest first
    const code = messages[0].body.match(/\d{6}/)![0]
    expect(Date.now() - sent).toBeLessThan(60_000)

    // a wrong code first: refused, the form stays on the code
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0")
    await page.getByTestId("phone-sign-in-code").fill(wrong)
    await page.getByTestId("phone-sign-in-submit").click()
    // (not by role: Next's route announcer is an alert too)
    await page.getByTestId("form-error").waitFor({ timeout: 30_000 })
    await page.getByTestId("phone-sign-in-code").fill(code)
    await page.getByTestId("phone-sign-in-submit").click()
    await page.waitForURL(/\/ar\/portal\/dashboard$/, { timeout: 30_000 })
    await assertFitsScreen(page)
    await page.context().close()
  })
})

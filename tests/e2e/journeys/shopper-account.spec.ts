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

describe("a shopper's own account, in French on a phone", () => {
  it("changes her password, then her email through a link sent there, then deletes her account", async () => {
    const shopper = newShopper()
    const page = await openPhonePage(browser)
    await signUp(page, storefrontUrl, shopper)

    const change = page.getByTestId("change-password-form")
    await change.getByTestId("current-password").fill("pas-le-bon")
    await change.getByTestId("new-password").fill("argan-et-safran-2026")
    await change.getByTestId("change-password-submit").click()
    await change.locator("#field-current_password-error").waitFor({ timeout: 30_000 })
    await change.getByTestId("current-password").fill(shopper.password)
    await change.getByTestId("new-password").fill("argan-et-safran-2026")
    await change.getByTestId("change-password-submit").click()
    await expect(change.locator(".alert--ok").textContent({ timeout: 30_000 })).resolves.toContain(
      "mot de passe est changé"
    )

    // a new email: a link goes there first, and the account moves when it is opened
    const newEmail = shopper.email.replace("amina-", "amina.nouvelle-")
    const moving = page.getByTestId("change-email-form")
    await moving.getByTestId("change-email-email").fill(newEmail)
    await moving.getByTestId("change-email-password").fill("argan-et-safran-2026")
    await moving.getByTestId("change-email-submit").click()
    await moving.locator(".alert--ok").waitFor({ timeout: 30_000 })
    const [email] = await emailsTo(mailboxUrl, newEmail, "/fr/account/confirm-email")
    const link = new URL(linkIn(email, "/fr/account/confirm-email"))
    await page.goto(`${storefrontUrl}${link.pathname}${link.search}`)
    await page.getByTestId("confirm-email-submit").click()
    await page.getByTestId("confirm-email-done").click()
    await page.waitForURL(/\/fr\/account$/, { timeout: 30_000 })
    await expect(page.getByTestId("change-email-form").textContent()).resolves.toContain(newEmail)

    // deleting is folded away, says what goes and what stays, and asks the password
    const removal = page.getByTestId("delete-account")
    await removal.locator("summary").click()
    await expect(removal.textContent()).resolves.toContain("Vos commandes restent")
    await removal.getByTestId("delete-account-password").fill(shopper.password)
    await removal.getByTestId("delete-account-submit").click()
    await removal.locator("#delete-account-password-error").waitFor({ timeout: 30_000 })
    await removal.getByTestId("delete-account-password").fill("argan-et-safran-2026")
    await removal.getByTestId("delete-account-submit").click()
    await page.waitForURL(/\/fr\/account\?deleted=1$/, { timeout: 30_000 })
    await page.getByTestId("account-deleted").waitFor()

    const signIn = page.getByTestId("sign-in-form")
    await signIn.getByTestId("sign-in-email").fill(newEmail)
    await signIn.getByTestId("sign-in-password").fill("argan-et-safran-2026")
    await signIn.getByTestId("sign-in-submit").click()
    await expect(signIn.getByTestId("form-error").textContent({ timeout: 30_000 })).resolves.toContain(
      "incorrect"
    )
    await page.context().close()
  })
})

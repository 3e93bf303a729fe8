// A cooperative member's steps in the portal, on the narrowest phone the portal is designed for.
import type { Browser, Page } from "playwright-core"
import { openPhonePage } from "./browser"

export type MemberLogin = { email: string; password: string }

/** Signs a member in to the portal on a 360 px phone, in the given language; lands on the dashboard. */
export async function signInToPortal(
  browser: Browser,
  storefrontUrl: string,
  login: MemberLogin,
  locale: "fr" | "ar" | "en"
): Promise<Page> {
  const page = await openPhonePage(browser)
  await page.goto(`${storefrontUrl}/${locale}/portal/sign-in`)
  const form = page.getByTestId("sign-in-form")
  await form.locator('[name="email"]').fill(login.email)
  await form.locator('[name="password"]').fill(login.password)
  await page.getByTestId("sign-in-submit").click()
  await page.waitForURL(new RegExp(`/${locale}/portal/dashboard$`), { timeout: 30_000 })
  return page
}

/** The rows of the portal's order list that carry this order number (the shopper's order number). */
export async function orderRows(page: Page, orderNumber: string) {
  await page.getByTestId("portal-nav-orders").click()
  await page.waitForURL(/\/portal\/orders$/)
  return page.getByTestId("portal-order-row").filter({ hasText: new RegExp(`#${orderNumber}(?!\\d)`) })
}

/** Marks the open order shipped with a carrier and a tracking number. */
export async function markShipped(page: Page, carrier: string, tracking: string): Promise<void> {
  await page.getByTestId("ship-carrier").fill(carrier)
  await page.getByTestId("ship-tracking").fill(tracking)
  await page.getByTestId("ship-submit").click()
  await page.getByTestId("order-shipped-notice").waitFor({ timeout: 30_000 })
}

/** Marks the open cash-on-delivery order delivered, confirming the cash was collected. */
export async function markDeliveredCashCollected(page: Page): Promise<void> {
  await page.getByTestId("deliver-cash-collected").check()
  await page.getByTestId("deliver-submit").click()
  await page.getByTestId("order-delivered-notice").waitFor({ timeout: 30_000 })
}

/** On the members page, the member gives her mobile number and agrees to get new orders by SMS. */
export async function agreeToSms(page: Page, storefrontUrl: string, locale: string, phone: string) {
  await page.goto(`${storefrontUrl}/${locale}/portal/members`)
  const form = page.getByTestId("my-contact-form")
  await form.getByTestId("my-phone").fill(phone)
  await form.getByTestId("my-sms-opt-in").check()
  await form.getByTestId("my-contact-submit").click()
  await form.getByRole("status").waitFor({ timeout: 30_000 })
}

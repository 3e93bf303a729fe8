import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { launchChromium, openPhonePage } from "../support/browser"
import { emailsTo, smsTo } from "../support/mailbox"
import { agreeToSms, markShipped, orderRows, signInToPortal } from "../support/member"
import {
  addToCart,
  checkOutCashOnDelivery,
  newShopper,
  openCart,
  signUp,
  stockedProductOf,
} from "../support/shopper"

const storefrontUrl = inject("storefrontUrl")
const mailboxUrl = inject("mailboxUrl")
const smsUrl = inject("smsUrl")
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe("messages reach people, each in their own language", () => {
  const argan = { login: demoLogins.member, product: stockedProductOf(demoLogins.member.vendor) }
  const rugs = { login: demoLogins.weaver, product: stockedProductOf(demoLogins.weaver.vendor) }

  it("tells each cooperative what to prepare and the shopper that her order is confirmed, then shipped", async () => {
    // both members give their mobile number and take new orders by SMS, in the portal; the argan
    // cooperative's member uses it in Arabic, and her messages follow
    const arabicMember = await signInToPortal(browser, storefrontUrl, argan.login, "ar")
    await agreeToSms(arabicMember, storefrontUrl, "ar", "06 61 23 45 67")
    await arabicMember.context().close()
    const frenchMember = await signInToPortal(browser, storefrontUrl, rugs.login, "fr")
    await agreeToSms(frenchMember, storefrontUrl, "fr", "0662 34 56 78")
    await frenchMember.context().close()

    // a shopper buys from both cooperatives, in French, cash on delivery
    const shopper = newShopper()
    const shopperPage = await openPhonePage(browser)
    await signUp(shopperPage, storefrontUrl, shopper)
    await addToCart(shopperPage, storefrontUrl, argan.product.handle)
    await addToCart(shopperPage, storefrontUrl, rugs.product.handle)
    expect(await openCart(shopperPage)).toHaveLength(2)
    const order = await checkOutCashOnDelivery(shopperPage)
    await shopperPage.context().close()

    // the shopper's confirmation, in French, names both cooperatives' parcels
    const [confirmation] = await emailsTo(mailboxUrl, shopper.email, `n° ${order.number} est confirmée`)
    expect(confirmation.text).toContain(argan.product.title)
    expect(confirmation.text).toContain(rugs.product.title)

    // each member is told what to prepare, in her language, with her part only
    const [arabic] = await emailsTo(mailboxUrl, argan.login.email, `طلب جديد رقم ${order.number}`)
    expect(arabic.html).toContain('dir="rtl"')
    expect(arabic.text).toContain(argan.product.title)
    expect(arabic.text).not.toContain(rugs.product.title)
    const [french] = await emailsTo(mailboxUrl, rugs.login.email, `Nouvelle commande n° ${order.number}`)
    expect(french.text).toContain(rugs.product.title)
    expect(french.text).not.toContain(argan.product.title)
    // a member who does not read her email finds the same message in the portal's inbox
    const inbox = await signInToPortal(browser, storefrontUrl, argan.login, "ar")
    await inbox.getByTestId("portal-nav-inbox").click()
    await inbox
      .getByTestId("inbox-entry")
      .filter({ hasText: `طلب جديد رقم ${order.number}` })
      .waitFor()
    await inbox.context().close()
    // and by SMS, in her language, once
    expect(await smsTo(smsUrl, "+212661234567", `للطلب ${order.number}`)).toHaveLength(1)
    expect(await smsTo(smsUrl, "+212662345678", `pour la commande #${order.number}`)).toHaveLength(1)

    // the weaver ships her parcel: the shopper is told, with the carrier and the tracking number
    const tracking = `AM${Date.now().toString(36).toUpperCase()}MA`
    const weaver = await signInToPortal(browser, storefrontUrl, rugs.login, "fr")
    await (await orderRows(weaver, order.number)).click()
    await markShipped(weaver, "Amana", tracking)
    await weaver.context().close()
    const [shipped] = await emailsTo(mailboxUrl, shopper.email, tracking)
    expect(shipped.subject).toContain(`n° ${order.number}`)
    expect(shipped.text).toContain("Amana")
    expect(shipped.text).toContain("Aït Bouli")
  })
})

import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { launchChromium, openPhonePage } from "../support/browser"
import { markDeliveredCashCollected, markShipped, orderRows, signInToPortal } from "../support/member"
import {
  addToCart,
  checkOutCashOnDelivery,
  findOrderInAccount,
  newShopper,
  openCart,
  signUp,
  stockedProductOf,
} from "../support/shopper"
import { openAdminAsStaff } from "../support/staff"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe("one order, two cooperatives, from the shopper's cash to the centre and the members' payout", () => {
  const argan = { login: demoLogins.member, product: stockedProductOf(demoLogins.member.vendor) }
  const rugs = { login: demoLogins.weaver, product: stockedProductOf(demoLogins.weaver.vendor) }

  it("splits the order, lets each member ship and deliver only its part, and pays a member out", async () => {
    // 1. a shopper buys from both cooperatives in French, cash on delivery
    const shopperPage = await openPhonePage(browser)
    await signUp(shopperPage, storefrontUrl, newShopper())
    await addToCart(shopperPage, storefrontUrl, argan.product.handle)
    await addToCart(shopperPage, storefrontUrl, rugs.product.handle)
    expect(await openCart(shopperPage)).toHaveLength(2)
    const order = await checkOutCashOnDelivery(shopperPage)

    // 2. each member sees only its own part, ships it with tracking and delivers it, collecting the cash
    const stamp = Date.now().toString(36).toUpperCase()
    for (const [cooperative, other, locale] of [
      [argan, rugs, "ar"],
      [rugs, argan, "fr"],
    ] as const) {
      const member = await signInToPortal(browser, storefrontUrl, cooperative.login, locale)
      const rows = await orderRows(member, order.number)
      expect(await rows.count()).toBe(1)
      expect(await rows.getAttribute("data-status")).toBe("pending")
      await rows.click()
      await member.getByTestId("order-item").first().waitFor()
      const items = await member.getByTestId("order-item").allTextContents()
      expect(items).toHaveLength(1)
      expect(items[0]).toContain(cooperative.product.title)
      expect(items.join(" ")).not.toContain(other.product.title)
      expect(await member.getByTestId("order-payment").getAttribute("data-payment")).toBe("cash")
      expect(await member.getByTestId("order-landmark").textContent()).toContain("Bab Doukkala")

      await markShipped(member, "Amana", `AM${stamp}${locale.toUpperCase()}`)
      expect(await member.getByTestId("order-tracking").textContent()).toContain(`AM${stamp}`)
      await markDeliveredCashCollected(member)
      expect(await member.getByTestId("order-status").getAttribute("data-status")).toBe("order-delivered")
      await member.context().close()
    }

    // 3. the shopper's account shows both parcels delivered
    await shopperPage.goto(`${storefrontUrl}/fr/order/${order.id}/confirmed`)
    const { statuses } = await findOrderInAccount(shopperPage, order)
    expect(statuses).toEqual(["Livré", "Livré"])
    await shopperPage.context().close()

    // 4. the courier's cash reaches the centre: staff import its statement, with one parcel it does
    // not know, and see that parcel listed as a mismatch
    const staff = await openAdminAsStaff(browser, backendUrl)
    await staff.goto(`${backendUrl}/app/cash`)
    await staff.getByTestId("cash-import-form").waitFor({ timeout: 60_000 })
    const statement = [
      "N° colis;Montant;Frais",
      `AM${stamp}AR;5000,00;0`,
      `AM${stamp}FR;5000,00;0`,
      `ZZ${stamp};120,00;15,00`,
    ].join("\r\n")
    await staff.locator("#cash-reference").fill(`REL-${stamp}`)
    await staff.getByTestId("cash-import-file").setInputFiles({
      name: "amana.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(statement),
    })
    await staff.getByTestId("cash-import-submit").click()
    expect(await staff.getByTestId("cash-import-done").textContent({ timeout: 30_000 })).toContain(
      "2 matched, 0 short, 1 unknown"
    )
    await staff
      .locator(`[data-testid="cash-mismatch"][data-kind="unknown"][data-parcel="ZZ${stamp}"]`)
      .waitFor({ timeout: 30_000 })
    await staff.locator(`[data-testid="cash-remittance"][data-reference="REL-${stamp}"]`).waitFor()

    // 5. staff see what the centre owes both cooperatives and pay the argan cooperative out
    await staff.goto(`${backendUrl}/app/payouts`)
    await staff.getByTestId("balances-table").waitFor({ timeout: 60_000 })
    for (const name of ["Tifawin", "Aït Bouli"]) {
      const row = staff.getByTestId("balance-row").filter({ hasText: name })
      await row.first().waitFor()
      expect(
        Number(
          (await row.first().getByTestId("balance-owed").textContent())
            ?.replace(/[^\d.,]/g, "")
            .replace(",", ".")
        )
      ).toBeGreaterThan(0)
    }
    const reference = `VIR-${stamp}`
    await staff
      .getByTestId("balance-row")
      .filter({ hasText: "Tifawin" })
      .first()
      .getByTestId("balance-record-payout")
      .click()
    await staff.getByTestId("payout-reference").fill(reference)
    await staff.getByTestId("payout-submit").click()
    await staff.getByTestId("payout-saved").waitFor({ timeout: 30_000 })
    await staff.locator(`[data-testid="payout-row"][data-reference="${reference}"]`).waitFor()
    await staff.context().close()

    // 6. the member finds the payout in her earnings, and that her parcel's cash reached the centre
    const member = await signInToPortal(browser, storefrontUrl, argan.login, "fr")
    await member.getByTestId("portal-nav-earnings").click()
    await member
      .locator(`[data-testid="earnings-payout"][data-reference="${reference}"]`)
      .waitFor({ timeout: 30_000 })
    expect(await member.getByTestId("earnings-cash-parcel").first().getAttribute("data-cash-status")).toBe(
      "remitted"
    )
    // and recognises the account it went to, without the whole RIB on screen
    expect(await member.getByTestId("earnings-payout-account").textContent()).toMatch(
      /se terminant par \d{4}/
    )
    await member.context().close()
  })
})

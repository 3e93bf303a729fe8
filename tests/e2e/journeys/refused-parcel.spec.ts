import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { forSale } from "../support/stock"
import { launchChromium, openPhonePage } from "../support/browser"
import { markShipped, orderRows, signInToPortal } from "../support/member"
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

describe("a parcel refused at the door, paid cash on delivery", () => {
  const cooperative = { login: demoLogins.member, product: stockedProductOf(demoLogins.member.vendor) }

  it("the member marks it refused: the stock is back, the shopper reads it, and after two staff see her", async () => {
    const shopper = newShopper()
    const shopperPage = await openPhonePage(browser)
    await signUp(shopperPage, storefrontUrl, shopper)

    for (const round of [1, 2]) {
      const before = await forSale(cooperative.product.handle)
      await addToCart(shopperPage, storefrontUrl, cooperative.product.handle)
      expect(await openCart(shopperPage)).toHaveLength(1)
      const order = await checkOutCashOnDelivery(shopperPage)
      expect(await forSale(cooperative.product.handle)).toBe(before - 1)

      // the member ships it, in Arabic on her phone; the courier brings it back: refused
      const member = await signInToPortal(browser, storefrontUrl, cooperative.login, "ar")
      await (await orderRows(member, order.number)).click()
      await markShipped(member, "Amana", `AM${Date.now().toString(36).toUpperCase()}R${round}`)
      await member.getByTestId("refuse-reason").fill("رفضت الزبونة الطرد عند الباب")
      await member.getByTestId("refuse-submit").click()
      await member.getByTestId("order-refused-notice").waitFor({ timeout: 30_000 })
      expect(await member.getByTestId("order-closing-reason").textContent()).toContain("رفضت الزبونة")
      await member.context().close()

      // the unit is for sale again
      expect(await forSale(cooperative.product.handle)).toBe(before)

      // the shopper's account says so
      await shopperPage.goto(`${storefrontUrl}/fr/order/${order.id}/confirmed`)
      const { statuses } = await findOrderInAccount(shopperPage, order)
      expect(statuses).toEqual(["Refusé ou retourné"])
    }
    await shopperPage.context().close()

    // two refusals: staff see her, and require a card for her next orders
    const staff = await openAdminAsStaff(browser, backendUrl)
    await staff.goto(`${backendUrl}/app/flagged-shoppers`)
    const row = staff.getByTestId("flagged-shopper").and(staff.locator(`[data-email="${shopper.email}"]`))
    await row.waitFor({ timeout: 60_000 })
    expect(await row.textContent()).toContain("cash or card")
    await row.getByRole("button", { name: "Require a card" }).click()
    await row.getByText("card only").waitFor({ timeout: 30_000 })
    await staff.context().close()
  })
})

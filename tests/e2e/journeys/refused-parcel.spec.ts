import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import demoLogins from "../../../apps/backend/src/scripts/seed/demo-logins.json"
import { launchChromium, openPhonePage } from "../support/browser"
import { markShipped, orderRows, signInToPortal } from "../support/member"
import {
  addToCart,
  checkOutCashOnDelivery,
  findOrderInAccount,
  newShopper,
  signUp,
  stockedProductOf,
  type PlacedOrder,
} from "../support/shopper"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const publishableKey = inject("publishableKey")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** What the shop says is left of a product's first variant. */
async function stockOf(handle: string): Promise<number> {
  const response = await fetch(
    `${backendUrl}/store/products?handle=${handle}&fields=id,*variants,+variants.inventory_quantity`,
    { headers: { "x-publishable-api-key": publishableKey } }
  )
  const { products } = await response.json()
  return products[0].variants[0].inventory_quantity
}

async function staffToken(): Promise<string> {
  const response = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: demoLogins.staff.email, password: demoLogins.staff.password }),
  })
  return (await response.json()).token
}

/** The member opens the order, marks it shipped, then refused by the customer. */
async function shipThenRefuse(member: Page, order: PlacedOrder, reason: string) {
  await member.goto(`${storefrontUrl}/fr/portal/orders`)
  const rows = await orderRows(member, order.number)
  await rows.click()
  await markShipped(member, "Amana", `AM${Date.now().toString(36).toUpperCase()}`)
  // a shipped parcel can no longer be canceled by the cooperative, only come back refused
  expect(await member.getByTestId("cancel-order-form").count()).toBe(0)
  await member.getByTestId("refuse-reason").fill(reason)
  await member.getByTestId("refuse-submit").click()
  await member.getByTestId("order-refused-notice").waitFor({ timeout: 30_000 })
  expect(await member.getByTestId("order-closing-reason").textContent()).toContain(reason)
  expect(await member.getByTestId("refuse-order-form").count()).toBe(0)
}

describe("a cash-on-delivery parcel refused at the door", () => {
  const argan = { login: demoLogins.member, product: stockedProductOf(demoLogins.member.vendor) }

  it("the member marks it refused, the stock is back, the shopper sees it, staff see her flagged", async () => {
    const shopper = newShopper()
    const shopperPage = await openPhonePage(browser)
    await signUp(shopperPage, storefrontUrl, shopper)
    const member = await signInToPortal(browser, storefrontUrl, argan.login, "fr")

    const orders: PlacedOrder[] = []
    for (const reason of ["Absente trois fois", "Colis refusé à la porte"]) {
      const before = await stockOf(argan.product.handle)
      await addToCart(shopperPage, storefrontUrl, argan.product.handle)
      const order = await checkOutCashOnDelivery(shopperPage)
      orders.push(order)
      expect(await stockOf(argan.product.handle)).toBe(before - 1)
      await shipThenRefuse(member, order, reason)
      // the piece is for sale again
      expect(await stockOf(argan.product.handle)).toBe(before)
    }
    await member.context().close()

    // the shopper reads it on her order
    await shopperPage.goto(`${storefrontUrl}/fr/order/${orders[1].id}/confirmed`)
    const { statuses } = await findOrderInAccount(shopperPage, orders[1])
    expect(statuses).toEqual(["Refusé ou retourné"])
    await shopperPage.context().close()

    // staff find her among the shoppers who refuse parcels, and can require a card from her
    const token = await staffToken()
    const flagged = await fetch(`${backendUrl}/admin/shoppers/flagged`, {
      headers: { authorization: `Bearer ${token}` },
    })
    const { shoppers } = await flagged.json()
    const row = shoppers.find((candidate: { email: string }) => candidate.email === shopper.email)
    expect(row).toMatchObject({ refused_parts: 2, card_required: false, has_account: true })
  })
})

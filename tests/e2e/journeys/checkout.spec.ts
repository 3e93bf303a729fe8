import pg from "pg"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium, openPhonePage } from "../support/browser"
import {
  addToCart,
  checkOutCashOnDelivery,
  findOrderInAccount,
  goToPayment,
  newShopper,
  openCart,
  productsFromCooperatives,
  saveAddressInAccount,
  seedTitle,
  signUp,
  waitForConfirmation,
} from "../support/shopper"
import { lastMessageTo } from "../support/mailbox"
import { payWithStripeStandIn, readPaymentIntent } from "../support/stripe"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const publishableKey = inject("publishableKey")
const stripeStandInUrl = inject("stripeStandInUrl")
const databaseUrl = inject("databaseUrl")

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe("buying from two cooperatives on a phone, in French", () => {
  it("a guest in a town outside the list checks out, and the order goes to that town", async () => {
    const page = await openPhonePage(browser)
    const [product] = productsFromCooperatives(1)
    await addToCart(page, storefrontUrl, product.handle)
    await openCart(page)
    const order = await checkOutCashOnDelivery(page, {
      guestEmail: newShopper().email,
      town: { unlisted: "Tafingoult" },
    })
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const { rows } = await client.query(
        `select a.city from "order" o join order_address a on a.id = o.shipping_address_id where o.id = $1`,
        [order.id]
      )
      expect(rows).toEqual([{ city: "Tafingoult" }])
    } finally {
      await client.end()
    }
    await page.context().close()
  })

  it("signs up, fills one cart, pays cash on delivery, sees the confirmation and the order in the account", async () => {
    const page = await openPhonePage(browser)
    const shopper = newShopper()
    await signUp(page, storefrontUrl, shopper)

    const [first, second] = productsFromCooperatives(2)
    await addToCart(page, storefrontUrl, first.handle, 2)
    expect(await addToCart(page, storefrontUrl, second.handle)).toBe(3)

    const cooperatives = await openCart(page)
    expect(cooperatives).toHaveLength(2)
    expect(await page.getByTestId("cart-item").count()).toBe(2)

    const order = await checkOutCashOnDelivery(page)
    expect(order.number).toMatch(/^\d+$/)
    expect(await page.getByTestId("order-part").count()).toBe(2)
    expect(await page.getByTestId("order-payment").textContent()).toMatch(/À payer à la livraison/)
    // the cart is gone with the order
    expect(await page.getByTestId("cart-count").textContent()).toBe("0")

    const { statuses } = await findOrderInAccount(page, order)
    expect(statuses).toEqual(["À expédier", "À expédier"])
    await page.context().close()
  })

  it("names what is in the cart in the language the shopper switches to", async () => {
    const page = await openPhonePage(browser)
    const [product] = productsFromCooperatives(1)
    await addToCart(page, storefrontUrl, product.handle)
    await page.goto(`${storefrontUrl}/ar/cart`)
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl")
    await expect(page.getByTestId("cart-item").first().textContent()).resolves.toContain(
      seedTitle(product.handle, "ar")
    )
    await page.context().close()
  })

  it("starts the checkout from an address saved in the account", async () => {
    const page = await openPhonePage(browser)
    await signUp(page, storefrontUrl, newShopper())
    await saveAddressInAccount(page, storefrontUrl)

    const [product] = productsFromCooperatives(1)
    await addToCart(page, storefrontUrl, product.handle)
    await openCart(page)
    await page.getByTestId("checkout-link").click()
    const address = page.getByTestId("address-form")
    await address.waitFor()
    expect(await address.getByTestId("address-city-ma").inputValue()).toBe("Fès")
    expect(await address.getByTestId("address-landmark").inputValue()).toBe("À côté du hammam")
    await address.getByTestId("address-submit").click()
    await page.getByTestId("shipping-form").waitFor({ timeout: 30_000 })
    await page.context().close()
  })

  it("lets a guest check out with an email and keeps another shopper out of the order", async () => {
    const page = await openPhonePage(browser)
    const [product] = productsFromCooperatives(1)
    await addToCart(page, storefrontUrl, product.handle)
    await openCart(page)
    const order = await checkOutCashOnDelivery(page, { guestEmail: newShopper().email })
    expect(await page.getByTestId("order-part").count()).toBe(1)

    // an other visitor with the order id sees nothing
    const stranger = await openPhonePage(browser)
    const response = await stranger.goto(`${storefrontUrl}/fr/order/${order.id}/confirmed`)
    expect(response?.status()).toBe(404)
    await stranger.context().close()
    await page.context().close()
  })
})

describe("ordering first, making an account later", () => {
  it("finds the order placed without an account once the shopper signs up with the same email", async () => {
    const page = await openPhonePage(browser)
    const shopper = newShopper()
    const [product] = productsFromCooperatives(1)
    await addToCart(page, storefrontUrl, product.handle)
    await openCart(page)
    const order = await checkOutCashOnDelivery(page, { guestEmail: shopper.email })

    await signUp(page, storefrontUrl, shopper)
    expect(await page.getByTestId("account-order").count()).toBe(0)
    await page.getByTestId("guest-orders-submit").click()
    await page.getByTestId("guest-orders-form").getByRole("status").waitFor()
    // asking moves nothing: the link goes to the order's mailbox
    await page.reload()
    expect(await page.getByTestId("account-order").count()).toBe(0)

    const link = new URL(
      String((await lastMessageTo(databaseUrl, shopper.email, "order-transfer-requested")).url)
    )
    await page.goto(`${storefrontUrl}${link.pathname}${link.search}`)
    await page.getByTestId("accept-order-submit").click()
    await page.waitForURL(new RegExp(`/fr/account/orders/${order.id}$`))
    expect(await page.getByTestId("order-number").textContent()).toContain(order.number)

    // a link is good once
    await page.goto(`${storefrontUrl}${link.pathname}${link.search}`)
    await page.getByTestId("accept-order-submit").click()
    await expect(
      page.getByTestId("accept-order-form").getByTestId("form-error").textContent()
    ).resolves.toMatch(/plus valable/)
    await page.context().close()
  })
})

describe("paying by card", () => {
  it("pays both cooperatives' parcels with one card payment through Stripe's Payment Element", async () => {
    const page = await openPhonePage(browser)
    const confirmedIntents = await payWithStripeStandIn(page.context(), stripeStandInUrl)
    await signUp(page, storefrontUrl, newShopper())
    const [first, second] = productsFromCooperatives(2)
    await addToCart(page, storefrontUrl, first.handle)
    await addToCart(page, storefrontUrl, second.handle)
    await openCart(page)

    const payment = await goToPayment(page)
    await payment.getByTestId("payment-card").check()
    await payment.getByTestId("card-start").click()
    await page.getByTestId("stripe-payment-element").waitFor({ timeout: 30_000 })
    await page.getByTestId("card-pay").click()

    const order = await waitForConfirmation(page)
    expect(await page.getByTestId("order-payment").textContent()).toMatch(/Payé par carte/)
    expect(await page.getByTestId("order-part").count()).toBe(2)

    // one charge for the whole order, in centimes, as Stripe counts
    expect(confirmedIntents).toHaveLength(1)
    const intent = await readPaymentIntent(stripeStandInUrl, confirmedIntents[0])
    // an order is answered only to its owner: here with the secret this browser got when it placed it
    const placedOrders = (await page.context().cookies()).find((c) => c.name === "bazaar_placed_orders")
    const secret = decodeURIComponent(placedOrders?.value ?? "")
      .split(",")
      .find((entry) => entry.startsWith(`${order.id}:`))
      ?.slice(order.id.length + 1)
    const placed = await fetch(`${backendUrl}/store/orders/${order.id}?fields=total,currency_code`, {
      headers: { "x-publishable-api-key": publishableKey, "x-order-token": secret ?? "" },
    })
    const { order: totals } = (await placed.json()) as { order: { total: number; currency_code: string } }
    expect(intent).toMatchObject({
      status: "succeeded",
      currency: totals.currency_code,
      amount: Math.round(totals.total * 100),
    })
    await page.context().close()
  })

  it("comes back from the bank's page: a refused payment asks again, an accepted one shows the order", async () => {
    const page = await openPhonePage(browser)
    const confirmedIntents = await payWithStripeStandIn(page.context(), stripeStandInUrl)
    const [product] = productsFromCooperatives(1)
    await addToCart(page, storefrontUrl, product.handle)
    await openCart(page)
    const payment = await goToPayment(page, { guestEmail: newShopper().email })

    // the bank refuses: back on the payment step, told so, the card still chosen
    await payment.getByTestId("payment-card").check()
    await payment.getByTestId("card-start").click()
    await page.getByTestId("stripe-payment-element").waitFor({ timeout: 30_000 })
    await page.evaluate(
      () => ((window as unknown as { stripeStandInRedirect: string }).stripeStandInRedirect = "failed")
    )
    await page.getByTestId("card-pay").click()
    await page.waitForURL(/\/fr\/checkout\?step=payment&payment=failed$/)
    await expect(page.getByTestId("payment-form").getByTestId("form-error").textContent()).resolves.toMatch(
      /Le paiement n'a pas abouti/
    )
    expect(await page.getByTestId("payment-card").isChecked()).toBe(true)
    expect(confirmedIntents).toHaveLength(0)

    // the bank accepts: the order is placed on the way back
    await page.getByTestId("card-start").click()
    await page.getByTestId("stripe-payment-element").waitFor({ timeout: 30_000 })
    await page.evaluate(
      () => ((window as unknown as { stripeStandInRedirect: string }).stripeStandInRedirect = "succeeded")
    )
    await page.getByTestId("card-pay").click()
    await waitForConfirmation(page)
    expect(await page.getByTestId("order-payment").textContent()).toMatch(/Payé par carte/)
    expect(confirmedIntents).toHaveLength(1)
    expect((await readPaymentIntent(stripeStandInUrl, confirmedIntents[0])).status).toBe("succeeded")
    await page.context().close()
  })
})

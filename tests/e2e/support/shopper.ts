// A shopper's steps through cart, checkout and account, in French on a phone: the checkout journey
// runs them in order, and longer journeys (members shipping, staff paying out) reuse them.
import type { Locator, Page } from "playwright-core"
import { expect } from "vitest"
import { products as seedProducts } from "../../../apps/backend/src/scripts/seed-data/products"

export type ShopperAccount = { email: string; password: string; firstName: string; lastName: string }

export type PlacedOrder = { id: string; number: string }

/** A new shopper each run, so journeys never meet an account made before. */
export function newShopper(): ShopperAccount {
  return {
    email: `amina-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.ma`,
    password: "bazar-solidaire-2026",
    firstName: "Amina",
    lastName: "El Idrissi",
  }
}

/**
 * Handles of well-stocked demo products from `count` different cooperatives (the first variant the
 * product page preselects is in stock), skipping the cooperatives named in `except`.
 */
export function productsFromCooperatives(
  count: number,
  except: string[] = []
): { handle: string; cooperative: string }[] {
  const chosen = new Map<string, string>()
  for (const product of seedProducts) {
    if (chosen.size === count) {
      break
    }
    if (
      !chosen.has(product.vendor) &&
      !except.includes(product.vendor) &&
      product.variants.every((variant) => variant.stock >= 5)
    ) {
      chosen.set(product.vendor, product.handle)
    }
  }
  return [...chosen].map(([cooperative, handle]) => ({ cooperative, handle }))
}

/** A demo product's title in one of the shop's languages. */
export function seedTitle(handle: string, locale: "fr" | "ar" | "en"): string {
  const product = seedProducts.find((candidate) => candidate.handle === handle)
  if (!product) {
    throw new Error(`The demo data has no product ${handle}`)
  }
  return product.title[locale]
}

/** A well-stocked demo product of one cooperative (every variant has at least five in stock). */
export function stockedProductOf(cooperative: string): { handle: string; title: string } {
  const product = seedProducts.find(
    (candidate) =>
      candidate.vendor === cooperative && candidate.variants.every((variant) => variant.stock >= 5)
  )
  if (!product) {
    throw new Error(`The demo data has no well-stocked product of ${cooperative}`)
  }
  return { handle: product.handle, title: product.title.fr }
}

export async function signUp(page: Page, storefrontUrl: string, shopper: ShopperAccount): Promise<void> {
  await page.goto(`${storefrontUrl}/fr/account`)
  const form = page.getByTestId("sign-up-form")
  await form.getByTestId("sign-up-first-name").fill(shopper.firstName)
  await form.getByTestId("sign-up-last-name").fill(shopper.lastName)
  await form.getByTestId("sign-up-email").fill(shopper.email)
  await form.getByTestId("sign-up-password").fill(shopper.password)
  await form.getByTestId("sign-up-submit").click()
  await page.getByTestId("account").waitFor({ timeout: 30_000 })
}

/** Opens the product page and puts its preselected variant in the cart; returns the header's new count. */
export async function addToCart(
  page: Page,
  storefrontUrl: string,
  handle: string,
  quantity = 1
): Promise<number> {
  const response = await page.goto(`${storefrontUrl}/fr/products/${handle}`)
  expect(response?.status()).toBe(200)
  const before = Number(await page.getByTestId("cart-count").textContent())
  if (quantity !== 1) {
    await page.getByTestId("quantity-input").fill(String(quantity))
  }
  await page.getByTestId("add-to-cart").click()
  await page.getByTestId("added-to-cart").waitFor({ timeout: 30_000 })
  await page.waitForFunction(
    (expected) => Number(document.querySelector('[data-testid="cart-count"]')?.textContent) === expected,
    before + quantity
  )
  return before + quantity
}

/** The cart page from the header link: one block per cooperative. Returns the cooperatives' titles. */
export async function openCart(page: Page): Promise<string[]> {
  await page.getByTestId("cart-link").click()
  await page.waitForURL(/\/fr\/cart$/)
  return page.getByTestId("cart-group-cooperative").allTextContents()
}

/** A town typed in the address form's search, or one not in its list (written in the free field). */
export type Town = string | { unlisted: string }

/** Fills an address form (checkout or address book) for Amina in Morocco: a town, no postcode. */
async function fillMoroccanAddress(
  form: Locator,
  address: { city: Town; line: string; landmark: string; phone: string }
): Promise<void> {
  await form.getByTestId("address-first-name").fill("Amina")
  await form.getByTestId("address-last-name").fill("El Idrissi")
  await form.getByTestId("address-country").selectOption("ma")
  if (typeof address.city === "string") {
    await form.getByTestId("address-city-ma").fill(address.city)
  } else {
    await form.getByTestId("address-city-unlisted").check()
    await form.getByTestId("address-city-free").fill(address.city.unlisted)
  }
  await form.getByTestId("address-line").fill(address.line)
  await form.getByTestId("address-landmark").fill(address.landmark)
  await form.getByTestId("address-phone").fill(address.phone)
}

/**
 * From the cart to the payment step: a Moroccan address (a listed town, landmark, phone, no
 * postcode) and the first delivery option of each cooperative, unless `chooseShipping` picks others
 * in the delivery form. Guests give an email.
 */
export async function goToPayment(
  page: Page,
  options: { guestEmail?: string; town?: Town; chooseShipping?: (form: Locator) => Promise<void> } = {}
): Promise<Locator> {
  await page.getByTestId("checkout-link").click()
  await page.waitForURL(/\/fr\/checkout/)

  const address = page.getByTestId("address-form")
  if (options.guestEmail) {
    await address.getByTestId("checkout-email").fill(options.guestEmail)
  }
  await fillMoroccanAddress(address, {
    city: options.town ?? "Marrakech",
    line: "12 derb Sidi Bouloukat, Mouassine",
    landmark: "En face de la mosquée Bab Doukkala",
    phone: "06 12 34 56 78",
  })
  await address.getByTestId("address-submit").click()

  const shipping = page.getByTestId("shipping-form")
  await shipping.waitFor({ timeout: 30_000 })
  expect(await shipping.getByTestId("shipping-group").count()).toBeGreaterThanOrEqual(1)
  await options.chooseShipping?.(shipping)
  await shipping.getByTestId("shipping-submit").click()

  const payment = page.getByTestId("payment-form")
  await payment.waitFor({ timeout: 30_000 })
  return payment
}

/** The confirmation page the checkout ends on: the order's id (from the URL) and number. */
export async function waitForConfirmation(page: Page): Promise<PlacedOrder> {
  await page.waitForURL(/\/fr\/order\/[^/]+\/confirmed$/, { timeout: 60_000 })
  await page.getByTestId("order-confirmed").waitFor()
  const id = new URL(page.url()).pathname.split("/")[3]
  const number = ((await page.getByTestId("order-number").textContent()) ?? "").replace(/\D+/g, "")
  return { id, number }
}

/** From the cart to the confirmation, paying cash on delivery (the default in Morocco). */
export async function checkOutCashOnDelivery(
  page: Page,
  options: { guestEmail?: string; town?: Town } = {}
): Promise<PlacedOrder> {
  const payment = await goToPayment(page, options)
  expect(await payment.getByTestId("payment-cod").isChecked()).toBe(true)
  await payment.getByTestId("place-order").click()
  return waitForConfirmation(page)
}

/** From the confirmation to the account: the order is listed, and its detail shows each cooperative's parcel. */
export async function findOrderInAccount(page: Page, order: PlacedOrder): Promise<{ statuses: string[] }> {
  await page.getByTestId("see-orders").click()
  await page.getByTestId("account").waitFor()
  const listed = page.getByTestId("account-order").filter({ hasText: `n° ${order.number}` })
  await listed.getByTestId("account-order-link").click()
  await page.getByTestId("order-detail").waitFor()
  return { statuses: await page.getByTestId("order-part-status").allTextContents() }
}

/** Saves a Moroccan address in the account's address book; the next checkout starts from it. */
export async function saveAddressInAccount(page: Page, storefrontUrl: string): Promise<void> {
  await page.goto(`${storefrontUrl}/fr/account`)
  await page.getByTestId("add-address").click()
  const form = page.getByTestId("address-book-form")
  await fillMoroccanAddress(form, {
    city: "Fès",
    line: "3 derb Sbaa Louyat, Fès el-Bali",
    landmark: "À côté du hammam",
    phone: "+212 6 98 76 54 32",
  })
  await form.getByTestId("address-submit").click()
  await page.getByTestId("saved-address").filter({ hasText: "Fès" }).waitFor({ timeout: 30_000 })
}

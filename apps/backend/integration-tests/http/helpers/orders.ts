import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import seed, { WITHOUT_STAND_SALES } from "../../../src/scripts/seed"
import { products as seedProducts } from "../../../src/scripts/seed-data/products"
import { STOREFRONT_KEY_TITLE } from "../../../src/scripts/seed/constants"
import { COD_PROVIDER_ID } from "../../../src/modules/cod"
import type { StripeStandIn } from "../../support/stripe-stand-in"
import { bearer, never } from "./portal"

/**
 * Placing real orders over HTTP, as a shopper, a cooperative's member and staff do: the set-up the
 * order specs share (checkout, after the sale, cash, the ledger's properties).
 */

export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

type Api = {
  get: (url: string, config?: any) => Promise<any>
  post: (url: string, data?: any, config?: any) => Promise<any>
}

/** One line of a cart: a seeded product of a cooperative, by handle and SKU. */
export type Line = { vendor: string; handle: string; sku: string; quantity?: number }

/** A well-stocked seeded product per cooperative (one each), so tests can take cooperatives of their own. */
export function stockedProductPerVendor(minimumStock = 5): Omit<Line, "quantity">[] {
  const byVendor = new Map<string, { handle: string; sku: string }>()
  for (const product of seedProducts) {
    const variant = [...product.variants].sort((a, b) => b.stock - a.stock)[0]
    if (variant.stock >= minimumStock && !byVendor.has(product.vendor)) {
      byVendor.set(product.vendor, { handle: product.handle, sku: variant.sku })
    }
  }
  return [...byVendor.entries()].map(([vendor, product]) => ({ vendor, ...product }))
}

/**
 * A well-stocked product of the next cooperative at each call, in turn, so that each test of a file
 * takes cooperatives of its own.
 */
export function cooperativesInTurn(): () => Omit<Line, "quantity"> {
  const products = stockedProductPerVendor()
  let next = 0
  return () => products[next++ % products.length]
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls until `check` returns something truthy: for what subscribers do after a response. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) {
      return value
    }
    if (Date.now() > deadline) {
      throw new Error("condition not met in time")
    }
    await sleep(250)
  }
}

export function orderKit(
  api: Api,
  getContainer: () => MedusaContainer,
  options: { standIn?: StripeStandIn } = {}
) {
  let headers: Record<string, string> = {}
  let morocco: { id: string }
  let members = 0
  /** The storefront's request config; with a shopper's token, as her signed-in browser. */
  const store = (token?: string) => ({
    headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
    ...never,
  })

  async function graph(entity: string, fields: string[], filters: Record<string, unknown>) {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity, fields, filters } as never)
    return data as any[]
  }

  /**
   * Seeds the demo marketplace, with an empty ledger (no demo stand sales), and keeps the storefront's
   * key and the Moroccan region: once, in beforeAll.
   */
  async function seedMarketplace() {
    await seed({ container: getContainer(), args: [WITHOUT_STAND_SALES] } as never)
    const [key] = await graph("api_key", ["token"], { title: STOREFRONT_KEY_TITLE })
    headers = { "x-publishable-api-key": key.token }
    const { data } = await api.get("/store/regions", store())
    morocco = data.regions.find((region: any) => region.currency_code === "mad")
  }

  async function variantId(handle: string, sku: string) {
    const { data } = await api.get(`/store/products?handle=${handle}&fields=id,*variants`, store())
    return data.products[0].variants.find((variant: any) => variant.sku === sku).id as string
  }

  /** A Moroccan cart with home delivery per cooperative, ready for its payment. */
  async function cartWithDelivery(lines: Line[], email: string, token?: string) {
    const items = await Promise.all(
      lines.map(async (line) => ({
        variant_id: await variantId(line.handle, line.sku),
        quantity: line.quantity ?? 1,
      }))
    )
    const created = await api.post(
      "/store/carts",
      {
        region_id: morocco.id,
        email,
        items,
        shipping_address: {
          first_name: "Amina",
          last_name: "El Idrissi",
          address_1: "12 derb Sidi Bouloukat",
          city: "Marrakech",
          country_code: "ma",
          phone: "+212612345678",
        },
      },
      store(token)
    )
    expect(created.status, JSON.stringify(created.data)).toBe(200)
    const cartId = created.data.cart.id as string
    const grouped = await api.get(`/store/carts/${cartId}/vendor-shipping-options`, store(token))
    const option_ids = grouped.data.vendors.map(
      (group: any) => group.shipping_options.find((o: any) => o.type.code === "home-delivery").id
    )
    const added = await api.post(
      `/store/carts/${cartId}/vendor-shipping-methods`,
      { option_ids },
      store(token)
    )
    expect(added.status, JSON.stringify(added.data)).toBe(200)
    return cartId
  }

  async function paymentSession(cartId: string, providerId: string) {
    const collection = await api.post("/store/payment-collections", { cart_id: cartId }, store())
    expect(collection.status).toBe(200)
    return api.post(
      `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
      { provider_id: providerId },
      store()
    )
  }

  /** Places an order (cash on delivery, or a card confirmed on the Stripe stand-in), its parts by cooperative. */
  async function placeOrder(
    lines: Line[],
    {
      card = false,
      email = "amina@example.ma",
      token,
    }: { card?: boolean; email?: string; token?: string } = {}
  ) {
    const cartId = await cartWithDelivery(lines, email, token)
    const session = await paymentSession(cartId, card ? STRIPE_PROVIDER_ID : COD_PROVIDER_ID)
    expect(session.status, JSON.stringify(session.data)).toBe(200)
    if (card) {
      if (!options.standIn) {
        throw new Error("a card order needs the Stripe stand-in: orderKit(api, getContainer, { standIn })")
      }
      const intent = session.data.payment_collection.payment_sessions.find(
        (s: any) => s.provider_id === STRIPE_PROVIDER_ID
      )
      options.standIn.confirm(intent.data.id as string)
    }
    const completed = await api.post(`/store/carts/${cartId}/complete`, {}, store(token))
    expect(completed.status, JSON.stringify(completed.data)).toBe(200)
    const order = completed.data.order
    const parts = await graph(
      "vendor_order",
      [
        "id",
        "order_id",
        "vendor_id",
        "total",
        "vendor_amount",
        "commission_rate",
        "items.line_item_id",
        "items.variant_id",
        "items.quantity",
        "items.total",
      ],
      { order_id: order.id }
    )
    return { order, parts }
  }

  /** A member login for a seeded cooperative (the seed creates none): its bearer config and the vendor. */
  async function member(vendorHandle: string) {
    const container = getContainer()
    const vendorService = container.resolve("vendor") as any
    const [vendor] = await vendorService.listVendors({ handle: vendorHandle })
    const email = `member-${vendorHandle}-${Date.now()}-${++members}@example.ma`
    const password = "order-kit-2026"
    const authService = container.resolve(Modules.AUTH)
    const { authIdentity } = await authService.register("emailpass", { body: { email, password } } as never)
    const created = await vendorService.createVendorMembers({
      vendor_id: vendor.id,
      email,
      first_name: "Fatima",
      last_name: "Ait Ali",
      role: "owner",
    })
    await authService.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { vendor_id: created.id } })
    const login = await api.post("/auth/vendor/emailpass", { email, password }, never)
    expect(login.status).toBe(200)
    return { token: login.data.token as string, as: bearer(login.data.token), vendor }
  }

  /** A shopper with an account: her email, password and token (pass it to `placeOrder` to order signed in). */
  async function shopper() {
    const email = `shopper-${Date.now()}-${++members}@example.ma`
    const password = "order-kit-2026"
    const registration = await api.post("/auth/customer/emailpass/register", { email, password }, never)
    expect(registration.status).toBe(200)
    const created = await api.post(
      "/store/customers",
      { email, first_name: "Amina", last_name: "El Idrissi" },
      store(registration.data.token)
    )
    expect(created.status, JSON.stringify(created.data)).toBe(200)
    const login = await api.post("/auth/customer/emailpass", { email, password }, never)
    expect(login.status).toBe(200)
    return { email, password, token: login.data.token as string }
  }

  /** The seeded staff account's bearer config. */
  async function staff() {
    const login = await api.post(
      "/auth/user/emailpass",
      { email: "staff@bazar-solidaire.ma", password: "bazar-staff-2026" },
      never
    )
    expect(login.status).toBe(200)
    return bearer(login.data.token as string)
  }

  return {
    seedMarketplace,
    store,
    graph,
    variantId,
    cartWithDelivery,
    paymentSession,
    placeOrder,
    member,
    shopper,
    staff,
    region: () => morocco,
  }
}

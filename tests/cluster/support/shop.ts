import { inject } from "vitest"
import { call, type Answer } from "./http"

export type StockedVariant = {
  variantId: string
  productId: string
  handle: string
  vendor: string
  stock: number
}

const store = () => ({ "x-publishable-api-key": inject("publishableKey") })
let moroccoId: string | undefined
let catalogue: StockedVariant[] | undefined
const taken = new Set<string>()

export async function morocco(baseUrl: string): Promise<string> {
  if (!moroccoId) {
    const { data } = await call(baseUrl, "GET", "/store/regions", { headers: store() })
    moroccoId = data.regions.find((region: any) => region.currency_code === "mad").id
  }
  return moroccoId!
}

/**
 * A well-stocked variant no other test has used, of a cooperative other tests have used the least
 * (`vendor` to ask for one cooperative).
 */
export async function freshVariant(baseUrl: string, vendor?: string): Promise<StockedVariant> {
  if (!catalogue) {
    const { data } = await call(
      baseUrl,
      "GET",
      `/store/products?limit=200&region_id=${await morocco(baseUrl)}&fields=id,handle,+vendor.handle,*variants,+variants.inventory_quantity`,
      { headers: store() }
    )
    catalogue = data.products.flatMap((product: any) =>
      product.variants.map((variant: any) => ({
        variantId: variant.id,
        productId: product.id,
        handle: product.handle,
        vendor: product.vendor?.handle,
        stock: variant.inventory_quantity ?? 0,
      }))
    )
  }
  const usedVendors = new Map<string, number>()
  for (const variant of catalogue!.filter((candidate) => taken.has(candidate.variantId))) {
    usedVendors.set(variant.vendor, (usedVendors.get(variant.vendor) ?? 0) + 1)
  }
  const candidates = catalogue!
    .filter((variant) => variant.vendor && variant.stock >= 20 && !taken.has(variant.variantId))
    .filter((variant) => !vendor || variant.vendor === vendor)
    .sort((a, b) => (usedVendors.get(a.vendor) ?? 0) - (usedVendors.get(b.vendor) ?? 0) || b.stock - a.stock)
  const [chosen] = candidates
  if (!chosen) {
    throw new Error(`No stocked variant left${vendor ? ` of ${vendor}` : ""}`)
  }
  taken.add(chosen.variantId)
  return chosen
}

let shoppers = 0

/**
 * A Moroccan cart with home delivery per cooperative and a cash-on-delivery session, ready to
 * complete. Each cart gets its own guest email: Medusa refuses (400) a second guest cart created
 * at the same moment with the same new email ("Customer … already exists").
 */
export async function readyCart(
  baseUrl: string,
  variantIds: string[],
  email = `shopper-${Date.now()}-${++shoppers}@example.ma`
) {
  const created = await expectOk(
    call(baseUrl, "POST", "/store/carts", {
      headers: store(),
      body: {
        region_id: await morocco(baseUrl),
        email,
        items: variantIds.map((variant_id) => ({ variant_id, quantity: 1 })),
        shipping_address: {
          first_name: "Amina",
          last_name: "El Idrissi",
          address_1: "12 derb Sidi Bouloukat",
          city: "Marrakech",
          country_code: "ma",
          phone: "+212612345678",
        },
      },
    })
  )
  const cartId: string = created.data.cart.id
  const grouped = await expectOk(
    call(baseUrl, "GET", `/store/carts/${cartId}/vendor-shipping-options`, { headers: store() })
  )
  const option_ids = grouped.data.vendors.map(
    (group: any) =>
      (
        group.shipping_options.find((option: any) => option.type?.code === "home-delivery") ??
        group.shipping_options[0]
      ).id
  )
  await expectOk(
    call(baseUrl, "POST", `/store/carts/${cartId}/vendor-shipping-methods`, {
      headers: store(),
      body: { option_ids },
    })
  )
  const collection = await expectOk(
    call(baseUrl, "POST", "/store/payment-collections", { headers: store(), body: { cart_id: cartId } })
  )
  await expectOk(
    call(
      baseUrl,
      "POST",
      `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
      {
        headers: store(),
        body: { provider_id: "pp_cod_cod" },
      }
    )
  )
  return cartId
}

/** Completes a cart once; `timeoutMs` for a completion that may wait its turn behind many others. */
export function complete(baseUrl: string, cartId: string, timeoutMs?: number): Promise<Answer> {
  return call(baseUrl, "POST", `/store/carts/${cartId}/complete`, { headers: store(), timeoutMs })
}

/**
 * Completes a cart as a shopper does who reads the answers: "someone else is checking out, try again"
 * (409) is tried again. Every answer is kept, to check that none was a server error.
 */
export async function completeAsShopper(
  baseUrl: string,
  cartId: string,
  seen: Answer[] = []
): Promise<Answer> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const answer = await complete(baseUrl, cartId)
    seen.push(answer)
    if (answer.status !== 409) {
      return answer
    }
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400))
  }
  throw new Error(`cart ${cartId}: still 409 after 30 attempts`)
}

export async function expectOk(pending: Promise<Answer>): Promise<Answer> {
  const answer = await pending
  if (answer.status >= 300) {
    throw new Error(`HTTP ${answer.status}: ${JSON.stringify(answer.data).slice(0, 300)}`)
  }
  return answer
}

/** Runs `tasks` with at most `limit` at a time, keeping their order. */
export async function inBatches<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length)
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const index = next++
        results[index] = await tasks[index]()
      }
    })
  )
  return results
}

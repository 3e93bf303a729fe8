"use server"

import { refresh } from "next/cache"
import { backendFetch } from "@/lib/backend"
import { getCart } from "@/lib/data/cart"
import { getCustomerToken } from "@/lib/data/cookies"
import { getCurrency } from "@/lib/data/currency"
import { getRegionForCurrency } from "@/lib/data/regions"
import { formLocale, readText } from "@/lib/forms/form"
import { shopErrorCode } from "@/lib/shop/errors"
import { parseQuantity } from "@/lib/shop/quantity"
import type { StoreCart } from "@/lib/types/store"
import { rememberCart } from "./shop-session"

export type CartActionState = { error?: string; added?: boolean; version?: number }

/**
 * The visitor's cart in the region of their currency: the open one (moved to that region when the
 * currency changed since), or a new one remembered in the cart cookie.
 */
async function cartForAdding(locale: Parameters<typeof getCart>[0]): Promise<string> {
  const [cart, region, token] = await Promise.all([
    getCart(locale),
    getCurrency().then(getRegionForCurrency),
    getCustomerToken(),
  ])
  if (cart) {
    if (cart.region_id !== region.id) {
      await backendFetch(`/store/carts/${cart.id}`, { method: "POST", body: { region_id: region.id }, token })
    }
    return cart.id
  }
  // a signed-in shopper's new cart belongs to them from the start
  const { cart: created } = await backendFetch<{ cart: StoreCart }>("/store/carts", {
    method: "POST",
    body: { region_id: region.id, metadata: { locale } },
    token,
    locale,
  })
  await rememberCart(created.id)
  return created.id
}

/** Adds a variant to the cart from the product page. */
export async function addToCart(_: CartActionState, formData: FormData): Promise<CartActionState> {
  const locale = formLocale(formData)
  const variantId = readText(formData, "variant_id")
  const quantity = parseQuantity(formData.get("quantity"))
  if (!variantId || !quantity) {
    return { error: "quantity", version: Date.now() }
  }
  try {
    const cartId = await cartForAdding(locale)
    await backendFetch(`/store/carts/${cartId}/line-items`, {
      method: "POST",
      body: { variant_id: variantId, quantity },
      token: await getCustomerToken(),
    })
  } catch (error) {
    return { error: shopErrorCode(error), version: Date.now() }
  }
  refresh()
  return { added: true, version: Date.now() }
}

/** Changes a line's quantity from the cart page; zero removes it. */
export async function updateCartItem(_: CartActionState, formData: FormData): Promise<CartActionState> {
  const locale = formLocale(formData)
  const itemId = readText(formData, "item_id")
  const quantity = parseQuantity(formData.get("quantity"), 0)
  const cart = await getCart(locale)
  if (!cart || !itemId || quantity === undefined) {
    return { error: cart ? "quantity" : "cartGone", version: Date.now() }
  }
  try {
    const token = await getCustomerToken()
    const path = `/store/carts/${cart.id}/line-items/${encodeURIComponent(itemId)}`
    if (quantity === 0) {
      await backendFetch(path, { method: "DELETE", token })
    } else {
      await backendFetch(path, { method: "POST", body: { quantity }, token })
    }
  } catch (error) {
    return { error: shopErrorCode(error), version: Date.now() }
  }
  refresh()
  return { version: Date.now() }
}

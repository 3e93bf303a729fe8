import "server-only"
import { backendFetch } from "@/lib/backend"
import { CACHE_TAGS, REGIONS_REVALIDATE_SECONDS, type Locale } from "@/lib/constants"
import { regionCountryCodes } from "@/lib/shop/address"
import type { CheckoutCartResponse } from "@bazaar/contracts"
import type { StoreCart, StoreRegion } from "@/lib/types/store"
import { httpStatus } from "@/lib/util/http-error"
import { getCartId } from "./cookies"

// Medusa's default cart fields carry the region's countries, the shipping address and methods and
// the payment sessions; the line totals and the customer id are added to them.
export const CART_FIELDS = "+items.subtotal,+items.total,+customer_id"

/** This visitor's open cart, or undefined (no cookie, or the cart is gone or already ordered). */
export async function getCart(locale: Locale): Promise<StoreCart | undefined> {
  const id = await getCartId()
  if (!id) {
    return undefined
  }
  try {
    const { cart } = await backendFetch<{ cart: StoreCart & { completed_at?: string | null } }>(
      `/store/carts/${id}`,
      { locale, query: { fields: CART_FIELDS } }
    )
    return cart.completed_at ? undefined : cart
  } catch (error) {
    if (httpStatus(error) === 404) {
      return undefined
    }
    throw error
  }
}

/**
 * This visitor's cart as the checkout shows it, in one trip: its lines grouped by cooperative with
 * titles in the page's language, each cooperative's delivery options (once it has an address) and
 * the region's payment providers. Undefined when there is no open cart.
 */
export async function getCheckout(locale: Locale): Promise<CheckoutCartResponse | undefined> {
  const id = await getCartId()
  if (!id) {
    return undefined
  }
  try {
    const checkout = await backendFetch<CheckoutCartResponse>(
      `/store/carts/${encodeURIComponent(id)}/checkout`,
      { locale }
    )
    return checkout.cart.completed_at ? undefined : checkout
  } catch (error) {
    if (httpStatus(error) === 404) {
      return undefined
    }
    throw error
  }
}

/** Every country the shop delivers to (all regions), for addresses saved outside a cart. */
export async function listShippingCountries(): Promise<string[]> {
  const { regions } = await backendFetch<{ regions: StoreRegion[] }>("/store/regions", {
    locale: "fr",
    query: { fields: "id,countries.iso_2", limit: 10 },
    tags: [CACHE_TAGS.regions],
    revalidate: REGIONS_REVALIDATE_SECONDS,
  })
  return [...new Set(regions.flatMap(regionCountryCodes))]
}

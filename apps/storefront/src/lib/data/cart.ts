import "server-only"
import { backendFetch } from "@/lib/backend"
import { CACHE_TAGS, REGIONS_REVALIDATE_SECONDS, type Locale } from "@/lib/constants"
import { regionCountryCodes } from "@/lib/shop/address"
import type { StoreVendorShippingOptionsResponse, VendorShippingGroup } from "@bazaar/contracts"
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

/** The cart's shipping choices, one group per cooperative, priced by the backend. */
export async function getVendorShippingOptions(
  locale: Locale,
  cartId: string
): Promise<VendorShippingGroup[]> {
  const { vendors } = await backendFetch<StoreVendorShippingOptionsResponse>(
    `/store/carts/${cartId}/vendor-shipping-options`,
    { locale }
  )
  return vendors
}

/** The card provider is offered only when the backend has Stripe and the page has its public key. */
export async function listPaymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await backendFetch<{ payment_providers: { id: string }[] }>(
    "/store/payment-providers",
    { query: { region_id: regionId } }
  )
  return payment_providers.map((provider) => provider.id)
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

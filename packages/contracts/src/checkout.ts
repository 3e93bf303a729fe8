// What `GET /store/carts/:id/checkout` answers: the cart as the checkout page shows it, its lines
// grouped by the cooperative that ships them, each group with that cooperative's delivery options.

import type { VendorShippingOption, VendorSummary } from "./vendor-shipping"

/** A cart line with its product's title in the request's language. */
export type CheckoutLine = {
  id: string
  product_id: string | null
  variant_id: string | null
  /** The title the line was added with. */
  title: string
  /** The product's current title, in the request's language when translated. */
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  subtotal: number
  total: number
  /** Days a made-to-order piece takes to make; null for a piece made in advance. */
  lead_time_days?: number | null
}

/** A cooperative's parcel: its lines and the options it delivers them with. */
export type CheckoutVendorGroup = {
  /** Null for lines whose cooperative is unknown (a product removed since it was added). */
  vendor: VendorSummary | null
  items: CheckoutLine[]
  subtotal: number
  /** Empty until the cart has a shipping address: options depend on where the parcels go. */
  shipping_options: VendorShippingOption[]
  selected_shipping_option_id: string | null
}

export type CheckoutAddress = {
  first_name: string | null
  last_name: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  phone: string | null
}

export type CheckoutCart = {
  id: string
  email: string | null
  currency_code: string
  region_id: string | null
  customer_id: string | null
  metadata: Record<string, unknown> | null
  /** Set once the cart became an order: there is nothing left to check out. */
  completed_at: string | null
  /** The countries the cart's region delivers to. */
  region: { id: string; countries: { iso_2: string }[] } | null
  shipping_address: CheckoutAddress | null
  item_total: number
  shipping_total: number
  tax_total: number
  total: number
}

export type CheckoutCartResponse = {
  cart: CheckoutCart
  /** In the order the shopper first added something of each cooperative. */
  vendors: CheckoutVendorGroup[]
  /** The payment providers of the cart's region (e.g. COD_PROVIDER_ID, STRIPE_PROVIDER_ID). */
  payment_providers: string[]
}

/**
 * The longest town name an address takes. A Moroccan address names any town (the storefront's list
 * of towns, or a free field for one not listed), so the backend checks only that one is given.
 */
export const ADDRESS_CITY_MAX_LENGTH = 100

// Shared constants: safe to import from the proxy, server code and client leaves alike.

export const LOCALES = ["fr", "ar", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "fr"

export const CURRENCIES = ["mad", "eur"] as const
export type Currency = (typeof CURRENCIES)[number]
export const DEFAULT_CURRENCY: Currency = "mad"

export const LOCALE_COOKIE = "bazaar_locale"
export const CURRENCY_COOKIE = "bazaar_currency"
// The shopper's cart id and customer token: httpOnly, written only by server actions.
export const CART_COOKIE = "bazaar_cart"
export const CUSTOMER_TOKEN_COOKIE = "bazaar_customer_token"
// A cooperative member's token: client JavaScript never sees it either.
export const VENDOR_TOKEN_COOKIE = "bazaar_vendor_token"
// The orders placed from this browser, so a guest can read their confirmation page.
export const PLACED_ORDERS_COOKIE = "bazaar_placed_orders"

// Cache tags and payment provider ids are agreed with the backend in @bazaar/contracts.
export { CACHE_TAGS, COD_PROVIDER_ID, STRIPE_PROVIDER_ID } from "@bazaar/contracts"

// Medusa names a payment provider "pp_<module id>_<provider id>"; both are registered by the backend.

// Catalogue data changes rarely; a minute keeps moderation decisions visible quickly.
export const REVALIDATE_SECONDS = 60
export const REGIONS_REVALIDATE_SECONDS = 3600

export const PRODUCTS_PER_PAGE = 12
export const COOPERATIVES_PER_PAGE = 24
export const NEW_ARRIVALS_COUNT = 8
export const FEATURED_COOPERATIVES_COUNT = 4
// The home page announces a bazaar this many days before it opens.
export const EVENT_BANNER_DAYS = 7
// Medusa caps list pages; the sitemap walks the catalogue in pages of this size.
export const SITEMAP_PAGE_SIZE = 100

// First path segments that make sense without a locale: /products/x redirects to /fr/products/x.
export const LOCALIZED_SECTIONS = [
  "products",
  "categories",
  "cooperatives",
  "events",
  "cart",
  "account",
] as const

// The favourites page shows this many, newest first (a shopper may keep up to 500).
export const FAVOURITES_SHOWN = 100

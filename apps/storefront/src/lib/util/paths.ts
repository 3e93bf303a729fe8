import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/constants"
import type { CheckoutStep } from "@/lib/shop/checkout-steps"

// One place for URL shapes, so links, redirects, canonical URLs and the sitemap never disagree.
export const paths = {
  home: () => "",
  category: (handle: string) => `/categories/${encodeURIComponent(handle)}`,
  product: (handle: string) => `/products/${encodeURIComponent(handle)}`,
  cooperatives: () => "/cooperatives",
  cooperative: (handle: string) => `/cooperatives/${encodeURIComponent(handle)}`,
  events: () => "/events",
  pastEvents: () => "/events?when=past",
  impact: () => "/impact",
  event: (handle: string) => `/events/${encodeURIComponent(handle)}`,
  cart: () => "/cart",
  checkout: () => "/checkout",
  account: () => "/account",
  forgotPassword: () => "/account/forgot-password",
  resetPassword: () => "/account/reset-password",
  confirmEmail: () => "/account/confirm-email",
  favourites: () => "/account/favourites",
  accountOrder: (id: string) => `/account/orders/${encodeURIComponent(id)}`,
  orderConfirmed: (id: string) => `/order/${encodeURIComponent(id)}/confirmed`,
}

/** "/fr" + "/products/x" → "/fr/products/x". */
export function localePath(locale: Locale, path: string): string {
  return `/${locale}${path}`
}

/** Canonical URL and hreflang alternates of a page, for `generateMetadata`. */
export function localeAlternates(locale: Locale, path: string) {
  const languages: Record<string, string> = {}
  for (const other of LOCALES) {
    languages[other] = localePath(other, path)
  }
  languages["x-default"] = localePath(DEFAULT_LOCALE, path)
  return { canonical: localePath(locale, path), languages }
}

export function checkoutPath(locale: Locale, step?: CheckoutStep): string {
  return localePath(locale, paths.checkout()) + (step ? `?step=${step}` : "")
}

/** Where Stripe sends the shopper back after a payment confirmed on another page (3-D Secure, a bank). */
export function cardReturnPath(locale: Locale): string {
  return localePath(locale, `${paths.checkout()}/card-return`)
}

/** The payment step after a card payment that did not go through: the form says so. */
export function cardFailedPath(locale: Locale): string {
  return `${checkoutPath(locale, "payment")}&payment=failed`
}

export function orderConfirmedPath(locale: Locale, orderId: string): string {
  return localePath(locale, paths.orderConfirmed(orderId))
}

/** "/fr/portal" + "/products" → "/fr/portal/products". */
export function portalPath(locale: Locale, path = ""): string {
  return `/${locale}/portal${path}`
}

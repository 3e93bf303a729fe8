import type { Locale } from "@/lib/constants"
import { localePath } from "@/lib/util/paths"

export const COD_PROVIDER_ID = "pp_cod_cod"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

export const CHECKOUT_STEPS = ["address", "shipping", "payment"] as const
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

export const shopPaths = {
  cart: () => "/cart",
  checkout: () => "/checkout",
  account: () => "/account",
  accountOrder: (id: string) => `/account/orders/${encodeURIComponent(id)}`,
  orderConfirmed: (id: string) => `/order/${encodeURIComponent(id)}/confirmed`,
}

export function checkoutPath(locale: Locale, step?: CheckoutStep): string {
  return localePath(locale, shopPaths.checkout()) + (step ? `?step=${step}` : "")
}

/** Where Stripe sends the shopper back after a payment confirmed on another page (3-D Secure, a bank). */
export function cardReturnPath(locale: Locale): string {
  return localePath(locale, `${shopPaths.checkout()}/card-return`)
}

/** The payment step after a card payment that did not go through: the form says so. */
export function cardFailedPath(locale: Locale): string {
  return `${checkoutPath(locale, "payment")}&payment=failed`
}

export function orderConfirmedPath(locale: Locale, orderId: string): string {
  return localePath(locale, shopPaths.orderConfirmed(orderId))
}

"use server"

import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import { BackendError } from "@/lib/util/http-error"
import { completeCheckout } from "@/lib/checkout/complete-checkout"
import { COD_PROVIDER_ID, STRIPE_PROVIDER_ID } from "@/lib/constants"
import { getCustomer } from "@/lib/data/account"
import { getCart, getCheckout } from "@/lib/data/cart"
import { getCustomerToken } from "@/lib/data/cookies"
import { failed, formLocale, readCheckbox, readText, type FormState } from "@/lib/forms/form"
import { parseAddress, regionCountryCodes } from "@/lib/shop/address"
import { shopErrorCode } from "@/lib/shop/errors"
import type { StoreCart } from "@/lib/types/store"
import { checkoutPath, orderConfirmedPath } from "@/lib/util/paths"

/** Step 1: who receives the parcels and where (and, for a guest, the email the confirmation goes to). */
export async function saveCheckoutAddress(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const [cart, customer, token] = await Promise.all([getCart(locale), getCustomer(), getCustomerToken()])
  if (!cart) {
    return failed(formData, { error: "cartGone" })
  }
  const parsed = parseAddress(formData, {
    countries: regionCountryCodes(cart.region),
    requireEmail: !customer,
  })
  if (!parsed.ok) {
    return failed(formData, { error: "invalid", fieldErrors: parsed.fieldErrors })
  }
  const { address, email } = parsed.data
  try {
    if (customer && cart.customer_id !== customer.id) {
      await backendFetch(`/store/carts/${cart.id}/customer`, { method: "POST", token })
    }
    await backendFetch(`/store/carts/${cart.id}`, {
      method: "POST",
      token,
      body: {
        email: customer?.email ?? email,
        shipping_address: address,
        billing_address: address,
        // the confirmation message links to the page in the language the order was made in
        metadata: { ...cart.metadata, locale },
      },
    })
    if (customer && readCheckbox(formData, "save_address")) {
      await backendFetch("/store/customers/me/addresses", { method: "POST", token, body: address })
    }
  } catch (error) {
    // the backend knows numbers the form's first check lets through (e.g. too few digits for Morocco)
    if (error instanceof BackendError && error.fields.some((field) => field.path.endsWith(".phone"))) {
      return failed(formData, { error: "invalid", fieldErrors: { phone: "phone" } })
    }
    return failed(formData, { error: shopErrorCode(error) })
  }
  redirect(checkoutPath(locale, "shipping"))
}

/** Step 2: one shipping method per cooperative, each from that cooperative's own options. */
export async function saveCheckoutShipping(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const [checkout, token] = await Promise.all([getCheckout(locale), getCustomerToken()])
  if (!checkout) {
    return failed(formData, { error: "cartGone" })
  }
  const { cart } = checkout
  try {
    const groups = checkout.vendors.flatMap(({ vendor, ...group }) => (vendor ? [{ ...group, vendor }] : []))
    const missing = groups.filter((group) => !readText(formData, `shipping_${group.vendor.id}`))
    if (missing.length > 0) {
      return failed(formData, {
        error: "invalid",
        fieldErrors: Object.fromEntries(missing.map((group) => [`shipping_${group.vendor.id}`, "required"])),
      })
    }
    const changed: string[] = []
    for (const group of groups) {
      const optionId = readText(formData, `shipping_${group.vendor.id}`)!
      if (!group.shipping_options.some((option) => option.id === optionId)) {
        return failed(formData, {
          error: "invalid",
          fieldErrors: { [`shipping_${group.vendor.id}`]: "invalid" },
        })
      }
      if (optionId !== group.selected_shipping_option_id) {
        changed.push(optionId)
      }
    }
    // every cooperative's choice in one request: all saved, or none
    if (changed.length > 0) {
      await backendFetch(`/store/carts/${cart.id}/vendor-shipping-methods`, {
        method: "POST",
        token,
        body: { option_ids: changed },
      })
    }
  } catch (error) {
    return failed(formData, { error: shopErrorCode(error) })
  }
  redirect(checkoutPath(locale, "payment"))
}

/**
 * A payment session for the cart's current total, made last: Medusa drops the sessions whenever a
 * shipping change alters the total. Returns the session's data (Stripe's client secret for cards).
 */
async function startPaymentSession(cart: StoreCart, providerId: string, token?: string) {
  const { payment_collection } = await backendFetch<{ payment_collection: { id: string } }>(
    "/store/payment-collections",
    {
      method: "POST",
      token,
      body: { cart_id: cart.id },
    }
  )
  const { payment_collection: withSession } = await backendFetch<{
    payment_collection: { payment_sessions?: { provider_id: string; data?: Record<string, unknown> }[] }
  }>(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    method: "POST",
    token,
    body: { provider_id: providerId },
  })
  return withSession.payment_sessions?.find((session) => session.provider_id === providerId)?.data ?? {}
}

export type CardSessionState = FormState & { clientSecret?: string }

/** Card payments: a Stripe session for the final total, whose secret the Payment Element confirms. */
export async function startCardPayment(_: CardSessionState, formData: FormData): Promise<CardSessionState> {
  const locale = formLocale(formData)
  const cart = await getCart(locale)
  if (!cart) {
    return { error: "cartGone", version: Date.now() }
  }
  try {
    const data = await startPaymentSession(cart, STRIPE_PROVIDER_ID, await getCustomerToken())
    const clientSecret = typeof data.client_secret === "string" ? data.client_secret : undefined
    return clientSecret ? { clientSecret, version: Date.now() } : { error: "payment", version: Date.now() }
  } catch (error) {
    return { error: shopErrorCode(error), version: Date.now() }
  }
}

/** Step 3: pays (cash on delivery, or the card already confirmed with Stripe) and places the order. */
export async function placeOrder(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const method = readText(formData, "payment_method")
  const cart = await getCart(locale)
  if (!cart) {
    return failed(formData, { error: "cartGone" })
  }
  if (method !== "cod" && method !== "card") {
    return failed(formData, { error: "invalid", fieldErrors: { payment_method: "required" } })
  }
  const token = await getCustomerToken()
  let orderId: string
  try {
    if (method === "cod") {
      await startPaymentSession(cart, COD_PROVIDER_ID, token)
    }
    const placed = await completeCheckout(cart.id, token)
    if (!("orderId" in placed)) {
      // Medusa answers with the cart instead of an order only when the payment was not authorised
      return failed(formData, { error: "payment" })
    }
    orderId = placed.orderId
  } catch (error) {
    return failed(formData, { error: shopErrorCode(error) })
  }
  redirect(orderConfirmedPath(locale, orderId))
}

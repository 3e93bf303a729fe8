"use server"

import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import { getCustomerToken } from "@/lib/data/cookies"
import { formLocale, readText, type FormState } from "@/lib/forms/form"
import { shopErrorCode } from "@/lib/shop/errors"
import { localePath, paths } from "@/lib/util/paths"

/**
 * Asks for the orders placed without an account with this account's email: the backend emails a link
 * for each to that address (it never says whether there are any).
 */
export async function findGuestOrders(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = await getCustomerToken()
  if (!token) {
    redirect(localePath(locale, paths.account()))
  }
  try {
    await backendFetch("/store/customers/me/guest-orders", { method: "POST", token, body: {} })
  } catch (error) {
    return { error: shopErrorCode(error), version: Date.now() }
  }
  return { notice: "sent", version: Date.now() }
}

/** The emailed link's confirmation: the order joins the account that asked for it. */
export async function acceptGuestOrder(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const orderId = readText(formData, "order_id")
  const transferToken = readText(formData, "token")
  if (!orderId || !transferToken) {
    return { error: "transferInvalid", version: Date.now() }
  }
  try {
    await backendFetch(`/store/orders/${encodeURIComponent(orderId)}/transfer/accept`, {
      method: "POST",
      body: { token: transferToken },
    })
  } catch (error) {
    const code = shopErrorCode(error)
    return {
      error: code === "notAccepted" || code === "cartGone" ? "transferInvalid" : code,
      version: Date.now(),
    }
  }
  // signed in on this device: straight to the order; otherwise the page says where to find it
  if (await getCustomerToken()) {
    redirect(localePath(locale, paths.accountOrder(orderId)))
  }
  return { notice: "accepted", version: Date.now() }
}

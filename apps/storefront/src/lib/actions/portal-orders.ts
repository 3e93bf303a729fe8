"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import type { Locale } from "@/lib/constants"
import { getVendorToken } from "@/lib/data/cookies"
import { failed, formLocale, readCheckbox, readText, type FormState } from "@/lib/forms/form"
import { apiErrorState } from "@/lib/portal/errors"
import { parsePickupCode, parseShipForm, type OrderDoneNotice } from "@/lib/portal/orders"
import { portalPath } from "@/lib/util/paths"
import { asHttpError, httpStatus } from "@/lib/util/http-error"

function orderPath(id: string, done: OrderDoneNotice) {
  return `/orders/${encodeURIComponent(id)}?done=${done}`
}

/** A 409 means another member (or a second tap) changed the order first: show it as it is now. */
function orderError(error: unknown, toField?: (path: string) => string | undefined): FormState {
  if (httpStatus(error) === 409) {
    refresh()
    return { error: "orderChanged", version: Date.now() }
  }
  return { ...apiErrorState(error, toField), version: Date.now() }
}

/** What both order actions need: the form's language, the member's token (or the sign-in page) and the order. */
async function orderAction(
  formData: FormData
): Promise<{ locale: Locale; token: string; id: string | undefined }> {
  const locale = formLocale(formData)
  const token = await getVendorToken()
  if (!token) {
    redirect(portalPath(locale, "/sign-in"))
  }
  return { locale, token, id: readText(formData, "order_id") || undefined }
}

/** Marks the cooperative's parcel as handed to a carrier, with the carrier and tracking number when known. */
export async function shipOrder(_: FormState, formData: FormData): Promise<FormState> {
  const { locale, token, id } = await orderAction(formData)
  if (!id) {
    return { error: "notFound", version: Date.now() }
  }
  const parsed = parseShipForm(formData)
  if (!parsed.ok) {
    return failed(formData, { error: "invalid", fieldErrors: parsed.fieldErrors })
  }
  try {
    await backendFetch(`/vendor/orders/${encodeURIComponent(id)}/ship`, {
      method: "POST",
      token,
      body: parsed.data,
      locale,
    })
  } catch (error) {
    const toField = (path: string) => (path === "carrier" || path === "tracking_number" ? path : undefined)
    return failed(formData, orderError(error, toField))
  }
  redirect(portalPath(locale, orderPath(id, "shipped")))
}

/**
 * Marks the parcel as delivered; for cash on delivery this records the cash as collected, so the
 * member must tick that they have it.
 */
export async function deliverOrder(_: FormState, formData: FormData): Promise<FormState> {
  const { locale, token, id } = await orderAction(formData)
  if (!id) {
    return { error: "notFound", version: Date.now() }
  }
  if (readText(formData, "cash") === "required" && !readCheckbox(formData, "cash_collected")) {
    return { error: "invalid", fieldErrors: { cash_collected: "cashNotConfirmed" }, version: Date.now() }
  }
  try {
    await backendFetch(`/vendor/orders/${encodeURIComponent(id)}/deliver`, {
      method: "POST",
      token,
      body: {},
      locale,
    })
  } catch (error) {
    return orderError(error)
  }
  redirect(portalPath(locale, orderPath(id, "delivered")))
}

/** What the pick-up form keeps: after too many wrong codes, the seconds to wait (`Retry-After`). */
export type PickUpState = FormState & { retryAfter?: number }

/**
 * Hands a part over at the stand against the shopper's code (her order page and email show it). A
 * wrong code is said in the portal's words; after too many, the backend locks the part for a while.
 */
export async function pickUpOrder(_: PickUpState, formData: FormData): Promise<PickUpState> {
  const { locale, token, id } = await orderAction(formData)
  if (!id) {
    return { error: "notFound", version: Date.now() }
  }
  const code = parsePickupCode(readText(formData, "code"))
  if (!code) {
    return failed(formData, { error: "invalid", fieldErrors: { code: "pickupCode" } })
  }
  try {
    await backendFetch(`/vendor/orders/${encodeURIComponent(id)}/pick-up`, {
      method: "POST",
      token,
      body: { code },
      locale,
    })
  } catch (error) {
    const { status, message, retryAfter } = asHttpError(error)
    if (status === 400) {
      return failed(formData, { error: "pickupCodeWrong", fieldErrors: { code: "pickupCodeWrong" } })
    }
    if (status === 429) {
      return retryAfter
        ? { error: "pickupLocked", retryAfter, version: Date.now() }
        : { error: "rateLimited", detail: message, version: Date.now() }
    }
    return orderError(error)
  }
  redirect(portalPath(locale, orderPath(id, "delivered")))
}

/**
 * "Refused by the customer" (a shipped parcel; the reason is optional) or "cancel my part" (before
 * shipping; the shopper reads the reason, so it is required): one form, the button says which.
 */
export async function closeOrder(_: FormState, formData: FormData): Promise<FormState> {
  const { locale, token, id } = await orderAction(formData)
  if (!id) {
    return { error: "notFound", version: Date.now() }
  }
  const kind = readText(formData, "kind") === "cancel" ? "cancel" : "refuse"
  const reason = readText(formData, "reason") ?? ""
  if (kind === "cancel" && reason.length < 3) {
    return failed(formData, { error: "invalid", fieldErrors: { reason: "required" } })
  }
  if (reason.length > 300) {
    return failed(formData, { error: "invalid", fieldErrors: { reason: "tooLong" } })
  }
  try {
    await backendFetch(`/vendor/orders/${encodeURIComponent(id)}/${kind}`, {
      method: "POST",
      token,
      body: reason ? { reason } : {},
      locale,
    })
  } catch (error) {
    return failed(
      formData,
      orderError(error, (path) => (path === "reason" ? path : undefined))
    )
  }
  redirect(portalPath(locale, orderPath(id, kind === "cancel" ? "canceled" : "refused")))
}

/**
 * The cooperative answers a shopper's return request: accept it, refuse it with the reason she reads,
 * or record that the items came back (which refunds her for them).
 */
export async function answerReturnRequest(_: FormState, formData: FormData): Promise<FormState> {
  const { locale, token } = await orderAction(formData)
  const requestId = readText(formData, "return_request_id")
  const answer = readText(formData, "answer")
  if (!requestId || (answer !== "accept" && answer !== "refuse" && answer !== "receive")) {
    return { error: "notFound", version: Date.now() }
  }
  const reason = readText(formData, "reason")?.trim() ?? ""
  if (answer === "refuse" && reason.length < 3) {
    return failed(formData, { error: "invalid", fieldErrors: { reason: "required" } })
  }
  try {
    await backendFetch(`/vendor/return-requests/${encodeURIComponent(requestId)}/${answer}`, {
      method: "POST",
      token,
      body: answer === "refuse" ? { reason } : {},
      locale,
    })
  } catch (error) {
    return failed(
      formData,
      orderError(error, (path) => (path === "reason" ? path : undefined))
    )
  }
  refresh()
  return { notice: answer, version: Date.now() }
}

"use server"

import { redirect } from "next/navigation"
import { refresh } from "next/cache"
import { backendFetch } from "@/lib/backend"
import { listShippingCountries } from "@/lib/data/cart"
import { getCartId, getCustomerToken } from "@/lib/data/cookies"
import {
  MIN_PASSWORD_LENGTH,
  failed,
  formLocale,
  isEmail,
  readText,
  type FieldErrors,
  type FormState,
} from "@/lib/forms/form"
import { isIdentityExistsError } from "@/lib/portal/errors"
import { parseAccountDetails } from "@/lib/shop/account-details"
import { parseAddress } from "@/lib/shop/address"
import { shopErrorCode } from "@/lib/shop/errors"
import { asHttpError, httpStatus } from "@/lib/util/http-error"
import { checkoutPath, localePath, paths } from "@/lib/util/paths"
import { endCustomerSession, startCustomerSession } from "./shop-session"

/** Where to go after signing in: back to the checkout or the favourites when the shopper came from them. */
function nextPath(formData: FormData): string {
  const locale = formLocale(formData)
  const next = readText(formData, "next")
  if (next === "checkout") {
    return checkoutPath(locale)
  }
  return localePath(locale, next === "favourites" ? paths.favourites() : paths.account())
}

/** The open cart becomes the customer's, so a signed-in checkout prefills and the order lands in the account. */
async function attachCart(token: string): Promise<void> {
  const cartId = await getCartId()
  if (cartId) {
    try {
      await backendFetch(`/store/carts/${cartId}/customer`, { method: "POST", token })
    } catch {
      // a completed or expired cart stays with whoever had it; the next one is created signed in
    }
  }
}

async function logIn(email: string, password: string): Promise<string> {
  const { token } = await backendFetch<{ token: string }>("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password },
  })
  return token
}

export async function signIn(_: FormState, formData: FormData): Promise<FormState> {
  const email = readText(formData, "email")
  const password = formData.get("password")
  if (!email || typeof password !== "string" || password === "") {
    return failed(formData, {
      error: "invalid",
      fieldErrors: { ...(!email && { email: "required" }), ...(!password && { password: "required" }) },
    })
  }
  let token: string
  try {
    token = await logIn(email, password)
  } catch (error) {
    const code = shopErrorCode(error)
    return failed(formData, {
      error: code === "sessionExpired" || code === "notAccepted" ? "wrongCredentials" : code,
    })
  }
  await startCustomerSession(token)
  await attachCart(token)
  redirect(nextPath(formData))
}

const EMAIL_TAKEN = new Error("emailTaken")

/** A new account: the login identity, the customer, then a fresh sign-in whose token names the customer. */
export async function signUp(_: FormState, formData: FormData): Promise<FormState> {
  const email = readText(formData, "email")
  const password = formData.get("password")
  const firstName = readText(formData, "first_name")
  const lastName = readText(formData, "last_name")
  const errors: FieldErrors = {}
  if (!email) errors.email = "required"
  else if (!isEmail(email)) errors.email = "email"
  if (typeof password !== "string" || password === "") errors.password = "required"
  else if (password.length < MIN_PASSWORD_LENGTH) errors.password = "passwordShort"
  if (!firstName) errors.first_name = "required"
  if (!lastName) errors.last_name = "required"
  if (Object.keys(errors).length > 0) {
    return failed(formData, { error: "invalid", fieldErrors: errors })
  }
  try {
    const { token: registration } = await backendFetch<{ token: string }>(
      "/auth/customer/emailpass/register",
      {
        method: "POST",
        body: { email, password },
      }
    )
    await backendFetch("/store/customers", {
      method: "POST",
      token: registration,
      body: { email, first_name: firstName, last_name: lastName },
    }).catch((error: unknown) => {
      // the backend registers a taken email like a free one, with a token that creates nothing,
      // and tells the mailbox: say the same here, whatever the reason
      const status = httpStatus(error)
      throw status === 401 || status === 404 || status === 422 ? EMAIL_TAKEN : error
    })
  } catch (error) {
    if (error === EMAIL_TAKEN || isIdentityExistsError(error)) {
      return failed(formData, { error: "emailTaken", fieldErrors: { email: "emailTaken" } })
    }
    return failed(formData, { error: shopErrorCode(error) })
  }
  const token = await logIn(email!, password as string)
  await startCustomerSession(token)
  await attachCart(token)
  redirect(nextPath(formData))
}

export async function signOut(formData: FormData): Promise<void> {
  await endCustomerSession()
  redirect(localePath(formLocale(formData), paths.account()))
}

/** Adds a saved address, or edits the one named by `address_id`. */
export async function saveAddress(_: FormState, formData: FormData): Promise<FormState> {
  const token = await getCustomerToken()
  if (!token) {
    return failed(formData, { error: "sessionExpired" })
  }
  const parsed = parseAddress(formData, {
    countries: await listShippingCountries(),
    requireEmail: false,
  })
  if (!parsed.ok) {
    return failed(formData, { error: "invalid", fieldErrors: parsed.fieldErrors })
  }
  const addressId = readText(formData, "address_id")
  try {
    await backendFetch(
      addressId
        ? `/store/customers/me/addresses/${encodeURIComponent(addressId)}`
        : "/store/customers/me/addresses",
      {
        method: "POST",
        token,
        body: parsed.data.address,
      }
    )
  } catch (error) {
    return failed(formData, { error: shopErrorCode(error) })
  }
  refresh()
  return { notice: "addressSaved", version: Date.now() }
}

export async function deleteAddress(formData: FormData): Promise<void> {
  const token = await getCustomerToken()
  const addressId = readText(formData, "address_id")
  if (token && addressId) {
    await backendFetch(`/store/customers/me/addresses/${encodeURIComponent(addressId)}`, {
      method: "DELETE",
      token,
    })
  }
  refresh()
}

/** Saves the shopper's name and phone (the courier calls it); her email and password change elsewhere. */
export async function saveAccountDetails(_: FormState, formData: FormData): Promise<FormState> {
  const token = await getCustomerToken()
  if (!token) {
    return failed(formData, { error: "sessionExpired" })
  }
  const parsed = parseAccountDetails((name) => readText(formData, name))
  if (!parsed.ok) {
    return failed(formData, { error: "invalid", fieldErrors: parsed.fieldErrors })
  }
  try {
    await backendFetch("/store/customers/me", { method: "POST", token, body: parsed.body })
  } catch (error) {
    return failed(formData, { error: shopErrorCode(error) })
  }
  refresh()
  return { notice: "detailsSaved", version: Date.now() }
}

/** A refused password check in the account's words: wrong, locked for a while, or the shop's usual. */
function passwordCheckFailed(formData: FormData, error: unknown, field: string): FormState {
  const { status, code } = asHttpError(error)
  if (code === "wrong_password") {
    return failed(formData, { error: "invalid", fieldErrors: { [field]: "wrongPassword" } })
  }
  if (status === 429) {
    return failed(formData, { error: "locked" })
  }
  if (code === "orders_in_progress") {
    return failed(formData, { error: "ordersInProgress" })
  }
  return failed(formData, { error: shopErrorCode(error) })
}

/** Changes the signed-in shopper's password; the current one is asked first. */
export async function changePassword(_: FormState, formData: FormData): Promise<FormState> {
  const token = await getCustomerToken()
  if (!token) {
    return failed(formData, { error: "sessionExpired" })
  }
  const current = formData.get("current_password")
  const next = formData.get("new_password")
  const errors: FieldErrors = {}
  if (typeof current !== "string" || current === "") errors.current_password = "required"
  if (typeof next !== "string" || next === "") errors.new_password = "required"
  else if (next.length < MIN_PASSWORD_LENGTH) errors.new_password = "passwordShort"
  if (Object.keys(errors).length > 0) {
    return failed(formData, { error: "invalid", fieldErrors: errors })
  }
  try {
    await backendFetch("/store/customers/me/password", {
      method: "POST",
      token,
      body: { current_password: current, new_password: next },
    })
  } catch (error) {
    return passwordCheckFailed(formData, error, "current_password")
  }
  return { notice: "passwordChanged", version: Date.now() }
}

/**
 * Deletes the signed-in shopper's account, confirmed with her password, then ends the session and
 * says so on the sign-in page.
 */
export async function deleteAccount(_: FormState, formData: FormData): Promise<FormState> {
  const token = await getCustomerToken()
  if (!token) {
    return failed(formData, { error: "sessionExpired" })
  }
  const password = formData.get("password")
  if (typeof password !== "string" || password === "") {
    return failed(formData, { error: "invalid", fieldErrors: { password: "required" } })
  }
  try {
    await backendFetch("/store/customers/me/delete", { method: "POST", token, body: { password } })
  } catch (error) {
    return passwordCheckFailed(formData, error, "password")
  }
  await endCustomerSession()
  redirect(`${localePath(formLocale(formData), paths.account())}?deleted=1`)
}

/** Asks for a link at the new address; the account keeps its email until the link is opened. */
export async function changeEmail(_: FormState, formData: FormData): Promise<FormState> {
  const token = await getCustomerToken()
  if (!token) {
    return failed(formData, { error: "sessionExpired" })
  }
  const email = readText(formData, "email")
  const password = formData.get("password")
  const errors: FieldErrors = {}
  if (!email) errors.email = "required"
  else if (!isEmail(email)) errors.email = "email"
  if (typeof password !== "string" || password === "") errors.password = "required"
  if (Object.keys(errors).length > 0) {
    return failed(formData, { error: "invalid", fieldErrors: errors })
  }
  try {
    await backendFetch("/store/customers/me/email", {
      method: "POST",
      token,
      body: { email, password, locale: formLocale(formData) },
    })
  } catch (error) {
    if (asHttpError(error).code === "invalid_request") {
      return failed(formData, { error: "invalid", fieldErrors: { email: "sameEmail" } })
    }
    return passwordCheckFailed(formData, error, "password")
  }
  return { notice: "emailLinkSent", version: Date.now() }
}

/** The button behind the link sent to the new address: the account moves there. */
export async function confirmEmailChange(_: FormState, formData: FormData): Promise<FormState> {
  const linkToken = readText(formData, "token")
  if (!linkToken) {
    return { error: "emailLinkInvalid", version: Date.now() }
  }
  try {
    await backendFetch("/store/email-change", {
      method: "POST",
      body: { token: linkToken, locale: formLocale(formData) },
    })
  } catch (error) {
    const { status, code } = asHttpError(error)
    if (code === "identity_exists") return { error: "emailInUse", version: Date.now() }
    if (status === 409) return { error: "emailShared", version: Date.now() }
    if (status === 400) return { error: "emailLinkInvalid", version: Date.now() }
    return { error: shopErrorCode(error), version: Date.now() }
  }
  refresh()
  return { notice: "emailConfirmed", version: Date.now() }
}

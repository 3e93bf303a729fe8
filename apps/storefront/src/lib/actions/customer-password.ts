"use server"

import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import { failed, formLocale, readText, type FormState } from "@/lib/forms/form"
import { newPasswordErrors, resetRequestErrors } from "@/lib/shop/password-reset"
import { shopErrorCode } from "@/lib/shop/errors"
import { httpStatus } from "@/lib/util/http-error"
import { localePath, paths } from "@/lib/util/paths"

/**
 * Asks for a reset link for a shopper account, in the page's language. The answer is the same
 * whether or not the email has an account (the backend answers 201 either way, and limits requests
 * per account and per address); only an unreachable backend is worth saying.
 */
export async function requestCustomerPasswordReset(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const email = readText(formData, "email")?.toLowerCase()
  const fieldErrors = resetRequestErrors(email)
  if (Object.keys(fieldErrors).length > 0) {
    return failed(formData, { error: "invalid", fieldErrors })
  }
  try {
    await backendFetch("/auth/customer/emailpass/reset-password", {
      method: "POST",
      body: { identifier: email, metadata: { locale } },
      expectBody: false,
    })
  } catch (error) {
    if (httpStatus(error) === undefined) {
      return failed(formData, { error: "network" })
    }
  }
  return { notice: "sent", values: { email: email! }, version: Date.now() }
}

/** Sets the new password with the emailed link's token, then sends the shopper to sign in with it. */
export async function resetCustomerPassword(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = readText(formData, "token")
  const email = readText(formData, "email")
  if (!token || !email) {
    return failed(formData, { error: "resetLinkInvalid" })
  }
  const password = formData.get("password")
  const fieldErrors = newPasswordErrors(password)
  if (Object.keys(fieldErrors).length > 0) {
    return failed(formData, { error: "invalid", fieldErrors })
  }
  try {
    await backendFetch("/auth/customer/emailpass/update", {
      method: "POST",
      token,
      body: { email, password },
      expectBody: false,
    })
  } catch (error) {
    const status = httpStatus(error)
    // a used, expired or altered token
    return failed(formData, {
      error: status === 401 || status === 400 ? "resetLinkInvalid" : shopErrorCode(error),
    })
  }
  redirect(`${localePath(locale, paths.account())}?reset=1`)
}

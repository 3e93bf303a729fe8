"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import { getVendorToken } from "@/lib/data/cookies"
import { failed, formLocale, isEmail, readText, type FormState } from "@/lib/forms/form"
import { apiErrorState } from "@/lib/portal/errors"
import { portalPath } from "@/lib/util/paths"

/** Invites a person by email to join the member's cooperative (they get a link to create a login). */
export async function inviteMember(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = await getVendorToken()
  if (!token) {
    redirect(portalPath(locale, "/sign-in"))
  }
  const email = readText(formData, "email")?.toLowerCase()
  if (!email || !isEmail(email)) {
    return failed(formData, { error: "invalid", fieldErrors: { email: email ? "email" : "required" } })
  }
  try {
    await backendFetch("/vendor/invites", {
      method: "POST",
      token,
      body: { email },
      locale,
      expectBody: false,
    })
  } catch (error) {
    return failed(
      formData,
      apiErrorState(error, (path) => (path === "email" ? "email" : undefined))
    )
  }
  refresh()
  return { notice: "sent", values: { sent_to: email }, version: Date.now() }
}

/**
 * The signed-in member's own mobile number and whether she wants new orders by SMS. The backend
 * checks the number (a Moroccan one may be written as on a phone: 06 12 34 56 78) and stores it in
 * international form; SMS without a number is refused there with the field named.
 */
export async function saveMyContact(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = await getVendorToken()
  if (!token) {
    redirect(portalPath(locale, "/sign-in"))
  }
  const phone = readText(formData, "phone")
  const smsOptIn = formData.get("sms_opt_in") === "on"
  if (smsOptIn && !phone) {
    return failed(formData, { error: "invalid", fieldErrors: { phone: "phone" } })
  }
  try {
    await backendFetch("/vendor/me", {
      method: "POST",
      token,
      body: { ...(phone ? { phone } : {}), sms_opt_in: smsOptIn },
      locale,
      expectBody: false,
    })
  } catch (error) {
    return failed(
      formData,
      apiErrorState(error, (path) => (path === "phone" || path === "sms_opt_in" ? "phone" : undefined))
    )
  }
  refresh()
  return { notice: "saved", version: Date.now() }
}

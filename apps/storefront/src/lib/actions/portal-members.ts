"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import { getVendorToken } from "@/lib/data/cookies"
import { apiErrorState } from "@/lib/portal/errors"
import { formValues, isEmail, readText, type FormState } from "@/lib/portal/form"
import { portalPath } from "@/lib/portal/paths"
import { formLocale } from "./portal-session"

/** Invites a person by email to join the member's cooperative (they get a link to create a login). */
export async function inviteMember(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = await getVendorToken()
  if (!token) {
    redirect(portalPath(locale, "/sign-in"))
  }
  const email = readText(formData, "email")?.toLowerCase()
  if (!email || !isEmail(email)) {
    return {
      error: "invalid",
      fieldErrors: { email: email ? "email" : "required" },
      values: formValues(formData),
      version: Date.now(),
    }
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
    return {
      ...apiErrorState(error, (path) => (path === "email" ? "email" : undefined)),
      values: formValues(formData),
      version: Date.now(),
    }
  }
  refresh()
  return { notice: "sent", values: { sent_to: email }, version: Date.now() }
}

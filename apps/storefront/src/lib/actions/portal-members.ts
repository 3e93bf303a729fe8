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

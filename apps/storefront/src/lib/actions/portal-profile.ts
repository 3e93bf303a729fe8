"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import { getVendorToken } from "@/lib/data/cookies"
import { failed, formLocale, readText, type FormState } from "@/lib/forms/form"
import { apiErrorState } from "@/lib/portal/errors"
import { parseProfileForm } from "@/lib/portal/profile"
import { portalPath } from "@/lib/util/paths"

/** Saves the cooperative's public profile (tagline and story in each language, contact). */
export async function saveProfile(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = await getVendorToken()
  if (!token) {
    redirect(portalPath(locale, "/sign-in"))
  }
  const parsed = parseProfileForm((name) => readText(formData, name))
  if (!parsed.ok) {
    return failed(formData, { error: "invalid", fieldErrors: parsed.fieldErrors })
  }
  try {
    await backendFetch("/vendor/me/vendor", {
      method: "POST",
      token,
      body: parsed.body,
      locale,
      expectBody: false,
    })
  } catch (error) {
    return failed(
      formData,
      apiErrorState(error, (path) =>
        path === "email" || path === "phone" ? path : path.startsWith("story") ? "story_fr" : undefined
      )
    )
  }
  refresh()
  return { notice: "saved", version: Date.now() }
}

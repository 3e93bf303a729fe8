"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import { getVendorToken } from "@/lib/data/cookies"
import { uploadPortalPhotos } from "@/lib/data/portal-uploads"
import { failed, formLocale, readText, type FormState } from "@/lib/forms/form"
import { apiErrorState } from "@/lib/portal/errors"
import { checkPhotos, chosenFiles } from "@/lib/portal/photos"
import { parseProfileForm } from "@/lib/portal/profile"
import { portalPath } from "@/lib/util/paths"

/**
 * Saves the cooperative's public profile (tagline and story in each language, contact) and, when one
 * is chosen, its new logo or photo, uploaded first through the portal's photo pipeline.
 */
export async function saveProfile(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = await getVendorToken()
  if (!token) {
    redirect(portalPath(locale, "/sign-in"))
  }
  const parsed = parseProfileForm((name) => readText(formData, name))
  const logos = chosenFiles<File>(formData.getAll("logo"))
  const logoError = checkPhotos(logos, 0, 1)
  if (!parsed.ok || logoError) {
    return failed(formData, {
      error: "invalid",
      fieldErrors: { ...(parsed.ok ? {} : parsed.fieldErrors), ...(logoError && { logo: logoError }) },
    })
  }
  try {
    const [logo_url] = logos.length > 0 ? await uploadPortalPhotos(token, logos.slice(0, 1)) : []
    await backendFetch("/vendor/me/vendor", {
      method: "POST",
      token,
      body: { ...parsed.body, ...(logo_url && { logo_url }) },
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

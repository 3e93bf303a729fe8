"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import { getVendorToken } from "@/lib/data/cookies"
import { uploadPortalPhotos } from "@/lib/data/portal-uploads"
import { failed, formLocale, readText, type FormState } from "@/lib/forms/form"
import { parseCertificateForm } from "@/lib/portal/certificates"
import { apiErrorState } from "@/lib/portal/errors"
import { checkPhotos, chosenFiles } from "@/lib/portal/photos"
import { portalPath } from "@/lib/util/paths"

const FIELDS = ["label", "number", "expires_at", "document_url"]

/**
 * Sends a certificate to the centre: the photo is uploaded first (the portal's photo pipeline), then
 * the certificate names it. It waits for staff to check it before its badge shows in the shop.
 */
export async function addCertificate(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = await getVendorToken()
  if (!token) {
    redirect(portalPath(locale, "/sign-in"))
  }
  const parsed = parseCertificateForm(
    {
      label: readText(formData, "label"),
      number: readText(formData, "number"),
      expires_at: readText(formData, "expires_at"),
    },
    new Date()
  )
  const photos = chosenFiles<File>(formData.getAll("photo"))
  const photoError = checkPhotos(photos, 0, 1)
  if (!parsed.ok || photoError) {
    return failed(formData, {
      error: "invalid",
      fieldErrors: { ...(parsed.ok ? {} : parsed.fieldErrors), ...(photoError && { photo: photoError }) },
    })
  }
  try {
    const [document_url] = photos.length > 0 ? await uploadPortalPhotos(token, photos.slice(0, 1)) : []
    await backendFetch("/vendor/certifications", {
      method: "POST",
      token,
      body: { ...parsed.body, ...(document_url && { document_url }) },
      locale,
      expectBody: false,
    })
  } catch (error) {
    return failed(
      formData,
      apiErrorState(error, (path) =>
        FIELDS.includes(path) ? path.replace("document_url", "photo") : undefined
      )
    )
  }
  refresh()
  return { notice: "added", version: Date.now() }
}

/** Removes one of the cooperative's certificates (its badge leaves the shop). */
export async function removeCertificate(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = await getVendorToken()
  if (!token) {
    redirect(portalPath(locale, "/sign-in"))
  }
  const id = readText(formData, "id")
  if (!id) {
    return { error: "notFound", version: Date.now() }
  }
  try {
    await backendFetch(`/vendor/certifications/${encodeURIComponent(id)}`, {
      method: "DELETE",
      token,
      locale,
      expectBody: false,
    })
  } catch (error) {
    return failed(formData, apiErrorState(error))
  }
  refresh()
  return { notice: "removed", version: Date.now() }
}

"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import { getCustomerToken } from "@/lib/data/cookies"
import { failed, formLocale, readText, type FormState } from "@/lib/forms/form"
import { shopErrorCode } from "@/lib/shop/errors"
import { checkPhotos, chosenFiles } from "@/lib/portal/photos"
import { MAX_RETURN_PHOTOS, parseReturnForm } from "@/lib/shop/returns"
import { asHttpError } from "@/lib/util/http-error"
import { localePath, paths } from "@/lib/util/paths"

/** A failed return call: our words for it, and the backend's (it says why: window closed, parcel on its way). */
function returnError(formData: FormData, error: unknown): FormState {
  const { message } = asHttpError(error)
  return failed(formData, { error: shopErrorCode(error), detail: message })
}

/** The shopper's photos of what she returns, stored first; their URLs go with the request. */
async function uploadReturnPhotos(token: string, files: File[]): Promise<string[]> {
  const upload = new FormData()
  for (const file of files) {
    upload.append("files", file, file.name)
  }
  const { files: uploaded } = await backendFetch<{ files: { url: string }[] }>(
    "/store/return-requests/photos",
    {
      method: "POST",
      token,
      body: upload,
    }
  )
  return uploaded.map((file) => file.url)
}

/** The shopper asks to send back items of one delivered parcel, with photos if she adds some. */
export async function requestReturn(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = await getCustomerToken()
  if (!token) {
    redirect(localePath(locale, paths.account()))
  }
  const parsed = parseReturnForm(formData)
  if ("error" in parsed) {
    return failed(formData, { error: parsed.error })
  }
  const photos = chosenFiles<File>(formData.getAll("photos"))
  const photoError = checkPhotos(photos, 0, MAX_RETURN_PHOTOS)
  if (photoError) {
    return failed(formData, { error: photoError })
  }
  try {
    const photo_urls = photos.length ? await uploadReturnPhotos(token, photos) : undefined
    await backendFetch("/store/return-requests", {
      method: "POST",
      token,
      body: { ...parsed.body, ...(photo_urls && { photo_urls }) },
    })
  } catch (error) {
    return returnError(formData, error)
  }
  refresh()
  return { notice: "returnSent", version: Date.now() }
}

/** The shopper asks the centre to look again at a refused return. */
export async function disputeReturn(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = await getCustomerToken()
  if (!token) {
    redirect(localePath(locale, paths.account()))
  }
  const id = readText(formData, "return_request_id")
  const note = readText(formData, "note")?.trim() ?? ""
  if (!id || note.length < 3) {
    return failed(formData, { error: "returnDisputeNote" })
  }
  try {
    await backendFetch(`/store/return-requests/${encodeURIComponent(id)}/dispute`, {
      method: "POST",
      token,
      body: { note },
    })
  } catch (error) {
    return returnError(formData, error)
  }
  refresh()
  return { notice: "disputeSent", version: Date.now() }
}

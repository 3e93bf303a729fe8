"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import { getCustomerToken } from "@/lib/data/cookies"
import { failed, formLocale, type FormState } from "@/lib/forms/form"
import { checkPhotos, chosenFiles } from "@/lib/portal/photos"
import { MAX_REVIEW_PHOTOS, parseReviewForm, reviewErrorCode } from "@/lib/shop/reviews"
import { localePath, paths } from "@/lib/util/paths"

/** The shopper's photos for her review, stored first (as a return's are); their URLs go with the review. */
async function uploadReviewPhotos(token: string, files: File[]): Promise<string[]> {
  const upload = new FormData()
  for (const file of files) {
    upload.append("files", file, file.name)
  }
  const { files: uploaded } = await backendFetch<{ files: { url: string }[] }>("/store/review-photos", {
    method: "POST",
    token,
    body: upload,
  })
  return uploaded.map((file) => file.url)
}

/**
 * The shopper rates a product she received, or changes her review (new photos replace the old
 * ones); either way it waits for the centre before the shop shows it.
 */
export async function sendReview(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = await getCustomerToken()
  if (!token) {
    redirect(localePath(locale, paths.account()))
  }
  const parsed = parseReviewForm(formData)
  if ("error" in parsed) {
    return failed(formData, { error: parsed.error })
  }
  const photos = chosenFiles<File>(formData.getAll("photos"))
  const photoError = checkPhotos(photos, 0, MAX_REVIEW_PHOTOS)
  if (photoError) {
    return failed(formData, { error: photoError })
  }
  const { productId, reviewId, rating, text } = parsed.form
  try {
    const photo_urls = photos.length ? await uploadReviewPhotos(token, photos) : undefined
    // she writes in the page's language: the product page sets `lang` and `dir` on her words from it
    const fields = { rating, locale, ...(photo_urls && { photo_urls }) }
    if (reviewId) {
      await backendFetch(`/store/customers/me/reviews/${encodeURIComponent(reviewId)}`, {
        method: "POST",
        token,
        // null clears words she took out
        body: { ...fields, body: text },
      })
    } else {
      await backendFetch("/store/customers/me/reviews", {
        method: "POST",
        token,
        body: { ...fields, product_id: productId, ...(text && { body: text }) },
      })
    }
  } catch (error) {
    return failed(formData, { error: reviewErrorCode(error) })
  }
  refresh()
  return { notice: "reviewSent", version: Date.now() }
}

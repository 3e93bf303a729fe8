"use server"

import { VendorProductForm } from "@bazaar/contracts/schemas"
import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import { getVendorToken } from "@/lib/data/cookies"
import { uploadPortalPhotos } from "@/lib/data/portal-uploads"
import { formLocale, formValues, readText, valuesOf, type FormState } from "@/lib/forms/form"
import { apiErrorState } from "@/lib/portal/errors"
import { getPortalMessages } from "@/lib/portal/messages"
import { portalPath } from "@/lib/util/paths"
import { checkPhotos, chosenFiles } from "@/lib/portal/photos"
import { schemaFieldErrors } from "@/lib/portal/schema-check"
import type { VendorProduct } from "@/lib/types/custom-routes"
import { IDEMPOTENCY_KEY } from "@/lib/portal/draft"
import {
  changeVariantRows,
  parseProductForm,
  parseProductIntent,
  productField,
} from "@/lib/portal/product-form"

/**
 * Saves the product form (create or update), optionally sending it for review. New photos are
 * uploaded first, so they are kept (as hidden fields) even when another field needs fixing.
 * A form posted by the page's script (`answer=state`: the draft on the phone, the queue of products
 * saved offline) gets `redirectTo` back instead of a redirect, so it can clear the draft first.
 */
export async function saveProduct(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const answerWithState = formData.get("answer") === "state"
  const go = (path: string, state: FormState = {}): FormState => {
    if (answerWithState) {
      return { ...state, redirectTo: path }
    }
    redirect(path)
  }
  const token = await getVendorToken()
  if (!token) {
    return go(portalPath(locale, "/sign-in"), { error: "sessionExpired" })
  }
  // one key per draft: a product sent twice (a retry, the offline queue) is created once
  const idempotencyKey = readText(formData, "idempotency_key")
  const createHeaders: Record<string, string> =
    idempotencyKey && IDEMPOTENCY_KEY.test(idempotencyKey) ? { "idempotency-key": idempotencyKey } : {}
  const intent = parseProductIntent(formData.get("intent"))
  const values = formValues(formData)
  const answer = (state: FormState): FormState => ({
    ...state,
    values: { ...values, ...state.values },
    version: Date.now(),
  })

  const kept = valuesOf(values, "images").filter((url) => /^https?:\/\//.test(url))
  const files = chosenFiles<File>(formData.getAll("photos"))
  const photoError = checkPhotos(files, kept.length)
  if (photoError) {
    return answer({ error: "invalid", fieldErrors: { photos: photoError } })
  }
  let images = kept
  if (files.length > 0) {
    try {
      images = [...kept, ...(await uploadPortalPhotos(token, files))]
    } catch (error) {
      return answer({ ...apiErrorState(error), fieldErrors: { photos: "invalid" } })
    }
  }
  values.images = images

  if (intent.kind === "add-variant" || intent.kind === "remove-variant") {
    return answer({ values: changeVariantRows(values, intent) })
  }

  const parsed = parseProductForm(formData, {
    defaultVariantTitle: getPortalMessages(locale).productForm.defaultVariantTitle,
    images,
    requirePhotos: intent.kind === "submit",
  })
  // the form's own checks, then the schema the backend validates the body with
  const fieldErrors = parsed.ok
    ? schemaFieldErrors(VendorProductForm, parsed.data, productField)
    : parsed.fieldErrors
  if (!parsed.ok || fieldErrors) {
    return answer({ error: "invalid", fieldErrors })
  }

  let id = readText(formData, "product_id")
  try {
    const { product } = await backendFetch<{ product: VendorProduct }>(
      id ? `/vendor/products/${encodeURIComponent(id)}` : "/vendor/products",
      { method: "POST", token, body: parsed.data, locale, headers: id ? {} : createHeaders }
    )
    id = product.id
  } catch (error) {
    return answer(apiErrorState(error, productField))
  }

  if (intent.kind === "submit") {
    try {
      await backendFetch(`/vendor/products/${encodeURIComponent(id)}/submit`, {
        method: "POST",
        token,
        expectBody: false,
      })
    } catch (error) {
      // the product is saved: later saves must update it, not create a second one
      return answer({ ...apiErrorState(error), values: { product_id: id } })
    }
    return go(`${portalPath(locale, "/products")}?submitted=1`)
  }
  return go(`${portalPath(locale, `/products/${encodeURIComponent(id)}`)}?saved=1`)
}

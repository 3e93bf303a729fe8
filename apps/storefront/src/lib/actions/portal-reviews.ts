"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import { getVendorToken } from "@/lib/data/cookies"
import { failed, formLocale, readText, type FormState } from "@/lib/forms/form"
import { apiErrorState } from "@/lib/portal/errors"
import { parseReply } from "@/lib/portal/reviews"
import { portalPath } from "@/lib/util/paths"
import { httpStatus } from "@/lib/util/http-error"

/**
 * The cooperative answers a buyer's published review, once and publicly: the shop shows the answer
 * under it (the backend expires the shop's cached reviews itself).
 */
export async function replyToReview(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = await getVendorToken()
  if (!token) {
    redirect(portalPath(locale, "/sign-in"))
  }
  const id = readText(formData, "review_id")
  if (!id) {
    return { error: "notFound", version: Date.now() }
  }
  const reply = parseReply(readText(formData, "text"))
  if (!reply.ok) {
    return failed(formData, { error: "invalid", fieldErrors: { text: reply.error } })
  }
  try {
    await backendFetch(`/vendor/reviews/${encodeURIComponent(id)}/reply`, {
      method: "POST",
      token,
      body: { text: reply.text },
      locale,
    })
  } catch (error) {
    // another member answered first (or staff took the review down): show the page as it is now
    if (httpStatus(error) === 409) {
      refresh()
      return { error: "alreadyReplied", version: Date.now() }
    }
    return failed(
      formData,
      apiErrorState(error, (path) => (path === "text" ? path : undefined))
    )
  }
  refresh()
  return { notice: "replied", version: Date.now() }
}

import type { FieldErrors, FormState } from "@/lib/forms/form"
import { asHttpError } from "@/lib/util/http-error"

/**
 * Field paths named in a Medusa validation message, which joins path segments with ", ": "Invalid
 * request: Field 'vendor, ice' is required; Expected type: 'number' for field 'variants, 0, stock'"
 * → ["vendor.ice", "variants.0.stock"].
 */
export function fieldsInMessage(message: string | undefined): string[] {
  if (!message) {
    return []
  }
  return [...message.matchAll(/field '([^']+)'/gi)].map((match) => match[1].split(/\s*,\s*|\./).join("."))
}

/**
 * Turns a failed API call into what a portal form shows: a plain-words error code, the backend's
 * message when it speaks to the member (validation, not-approved), and the fields it names.
 */
export function apiErrorState(
  error: unknown,
  toField: (path: string) => string | undefined = () => undefined
): FormState {
  const { status, message } = asHttpError(error)
  if (status === undefined) {
    return { error: "network" }
  }
  if (status === 401) {
    return { error: "sessionExpired" }
  }
  if (status === 403) {
    return { error: "notApproved", detail: message }
  }
  if (status === 404) {
    return { error: "notFound" }
  }
  if (status === 400 || status === 409 || status === 422) {
    const fieldErrors: FieldErrors = {}
    for (const path of fieldsInMessage(message)) {
      const field = toField(path)
      if (field && !fieldErrors[field]) {
        fieldErrors[field] = "invalid"
      }
    }
    return {
      error: status === 400 ? "notAccepted" : "conflict",
      detail: message,
      ...(Object.keys(fieldErrors).length > 0 && { fieldErrors }),
    }
  }
  return { error: "unknown" }
}

/** True when registering failed because the email already has an identity (Medusa answers 400 or 401). */
export function isIdentityExistsError(error: unknown): boolean {
  const { status, message } = asHttpError(error)
  return (
    (status === 400 || status === 401 || status === 409 || status === 422) &&
    /already exists/i.test(message ?? "")
  )
}

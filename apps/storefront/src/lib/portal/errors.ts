import type { FieldErrors, FormState } from "@/lib/forms/form"
import { asHttpError } from "@/lib/util/http-error"

/**
 * Turns a failed API call into what a portal form shows: a plain-words error code, the backend's
 * message when it speaks to the member (validation, not-approved), and the fields its `fields` names
 * (dotted paths such as "vendor.ice", mapped to the form's inputs by `toField`).
 */
export function apiErrorState(
  error: unknown,
  toField: (path: string) => string | undefined = () => undefined
): FormState {
  const { status, message, fields } = asHttpError(error)
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
    for (const { path } of fields ?? []) {
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

/** True when registering failed because the email already has a login (the backend's `identity_exists`). */
export function isIdentityExistsError(error: unknown): boolean {
  return asHttpError(error).code === "identity_exists"
}

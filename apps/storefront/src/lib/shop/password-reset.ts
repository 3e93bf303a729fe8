import { MIN_PASSWORD_LENGTH, isEmail, type FieldErrors } from "@/lib/forms/form"

/** What is wrong with the "forgot password" form, by field (empty when it can be sent). */
export function resetRequestErrors(email: string | undefined): FieldErrors {
  if (!email) return { email: "required" }
  return isEmail(email) ? {} : { email: "email" }
}

/** What is wrong with the new-password form, by field; the token and email come from the link. */
export function newPasswordErrors(password: FormDataEntryValue | null): FieldErrors {
  if (typeof password !== "string" || password === "") return { password: "required" }
  return password.length < MIN_PASSWORD_LENGTH ? { password: "passwordShort" } : {}
}

/** The reset link's token and email, when both are there: otherwise the page offers a new link. */
export function resetLinkParams(params: {
  token?: string | string[]
  email?: string | string[]
}): { token: string; email: string } | null {
  const { token, email } = params
  return typeof token === "string" && typeof email === "string" && token && email ? { token, email } : null
}

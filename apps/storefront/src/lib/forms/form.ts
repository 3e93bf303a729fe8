// Form plumbing shared by the shop's and the portal's server actions and forms (pure, no Next imports).
import { DEFAULT_LOCALE, type Locale } from "@/lib/constants"
import { isLocale } from "@/lib/i18n/locales"

/** Field name → error code; the code is a key of the form's error catalogue (`errors`, `shopErrors`). */
export type FieldErrors = Record<string, string>

/** What the person typed, sent back so a form re-renders with it after an error (never passwords). */
export type FormValues = Record<string, string | string[]>

/** The state a form keeps with `useActionState`. */
export type FormState = {
  /** A form-level error code (a key of `errors`), shown above the form. */
  error?: string
  /** The backend's own words, shown under the error when they add something. */
  detail?: string
  fieldErrors?: FieldErrors
  values?: FormValues
  /** A success message code, for forms that stay on the page (invite, forgot password). */
  notice?: string
  /** Changes on every answer, so client leaves holding local state (rows, previews) start afresh. */
  version?: number
  /** Where to go next, for forms that navigate themselves (a draft is cleared first). */
  redirectTo?: string
}

export const SECRET_FIELDS = new Set(["password", "password_confirm", "current_password", "new_password"])

/** A trimmed text field, or undefined when empty or missing. */
export function readText(formData: FormData, name: string): string | undefined {
  const value = formData.get(name)
  if (typeof value !== "string") {
    return undefined
  }
  const trimmed = value.trim()
  return trimmed === "" ? undefined : trimmed
}

/** Every text value of a repeated field, in order, trimmed (empty strings kept to align rows). */
export function readAll(formData: FormData, name: string): string[] {
  return formData
    .getAll(name)
    .filter((value): value is string => typeof value === "string")
    .map((value) => value.trim())
}

export function readCheckbox(formData: FormData, name: string): boolean {
  const value = formData.get(name)
  return value === "on" || value === "true" || value === "1"
}

/** The text entries of a form, to fill it again after an error; files and passwords are left out. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {}
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || SECRET_FIELDS.has(name) || name.startsWith("$ACTION")) {
      continue
    }
    const previous = values[name]
    if (previous === undefined) {
      values[name] = value
    } else {
      values[name] = Array.isArray(previous) ? [...previous, value] : [previous, value]
    }
  }
  return values
}

/** A failed submission's answer: the form comes back filled with what was typed. */
export function failed(formData: FormData, state: FormState): FormState {
  return { ...state, values: formValues(formData), version: Date.now() }
}

/** The page language a form posted (a hidden field), French when missing or unknown. */
export function formLocale(formData: FormData): Locale {
  const locale = formData.get("locale")
  return isLocale(locale) ? locale : DEFAULT_LOCALE
}

/** One value of a FormValues entry (the first when repeated). */
export function valueOf(values: FormValues | undefined, name: string): string {
  const value = values?.[name]
  if (Array.isArray(value)) {
    return value[0] ?? ""
  }
  return value ?? ""
}

/** All values of a repeated FormValues entry. */
export function valuesOf(values: FormValues | undefined, name: string): string[] {
  const value = values?.[name]
  if (value === undefined) {
    return []
  }
  return Array.isArray(value) ? value : [value]
}

/** "12", " 12 " → 12; "12,5", "abc", "" → null (members type whole numbers for counts and years). */
export function parseWholeNumber(value: string | undefined): number | null {
  if (!value || !/^\d+$/.test(value.replace(/\s/g, ""))) {
    return null
  }
  return Number(value.replace(/\s/g, ""))
}

/**
 * A price as typed on a phone: "120", "120,50", "1 200.5" → a number with at most two decimals;
 * anything else → null. Moroccan and French keyboards write the decimal comma.
 */
export function parsePrice(value: string | undefined): number | null {
  if (!value) {
    return null
  }
  const compact = value.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".")
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) {
    return null
  }
  return Number(compact)
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_PATTERN.test(value)
}

// Moroccan numbers are written "06 12 34 56 78" or "+212 6…"; a first check of the shape only: the
// backend refuses a number no one can call (libphonenumber-js) and stores it as E.164.
const PHONE_PATTERN = /^\+?[0-9][0-9 .\-()]{7,19}$/

export function isPhone(value: string): boolean {
  return PHONE_PATTERN.test(value)
}

export const MIN_PASSWORD_LENGTH = 8

/** The error message of one field in the page's language, or undefined when it is fine. */
export function fieldMessage(
  state: FormState,
  name: string,
  errors: Record<string, string>
): string | undefined {
  const code = state.fieldErrors?.[name]
  return code ? (errors[code] ?? errors.invalid) : undefined
}

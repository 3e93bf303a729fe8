import { parsePhoneNumberFromString } from "libphonenumber-js"
import { z } from "zod"

/** The country a number without an international prefix belongs to: Morocco. */
export const DEFAULT_PHONE_REGION = "MA"

/** Longest phone number a person types, separators included. */
export const PHONE_MAX_LENGTH = 30

/**
 * A phone number as gateways want it (E.164: `+212612345678`), or null when it is not a number that can
 * be called. Numbers without a prefix are Moroccan (`06 12 34 56 78`); `+33…`, `0033…` are foreign.
 */
export function normalizePhone(value: string | null | undefined): string | null {
  if (typeof value !== "string" || !value.trim() || value.length > PHONE_MAX_LENGTH) {
    return null
  }
  // `00` is the international prefix in Morocco, as in most of Europe
  const typed = value.trim().replace(/^00/, "+")
  const parsed = parsePhoneNumberFromString(typed, { defaultCountry: DEFAULT_PHONE_REGION, extract: false })
  return parsed?.isValid() ? parsed.number : null
}

export const PHONE_INVALID_MESSAGE =
  "Field 'phone': not a phone number we can reach. Write it like 06 12 34 56 78, or with its country code (+33 6 12 34 56 78)."

/**
 * A phone field of a form: refused with a clear message when it is not a real number, stored as
 * E.164 otherwise, so every number the marketplace keeps can be texted.
 */
export const phoneNumber = z
  .string()
  .trim()
  .max(PHONE_MAX_LENGTH, PHONE_INVALID_MESSAGE)
  .transform((value, ctx) => {
    const e164 = normalizePhone(value)
    if (!e164) {
      ctx.addIssue({ code: "custom", message: PHONE_INVALID_MESSAGE })
      return z.NEVER
    }
    return e164
  })

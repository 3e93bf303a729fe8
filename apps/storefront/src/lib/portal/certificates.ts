// The certificate form, checked before anything is sent so a member gets a clear message at once.

export type CertificateBody = { label: string; number?: string; expires_at: string }

export type CertificateFormResult =
  { ok: true; body: CertificateBody } | { ok: false; fieldErrors: Record<string, string> }

/** A date as the phone's date picker writes it (YYYY-MM-DD). */
const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The certificate a member declares: which one, its number if it has one, and an expiry date that
 * is a real day after `today` (an expired certificate cannot earn a badge).
 */
export function parseCertificateForm(
  values: { label?: string; number?: string; expires_at?: string },
  today: Date
): CertificateFormResult {
  const fieldErrors: Record<string, string> = {}
  const label = values.label?.trim() ?? ""
  const number = values.number?.trim() ?? ""
  const expires = values.expires_at?.trim() ?? ""
  if (label.length < 2) {
    fieldErrors.label = "required"
  } else if (label.length > 120) {
    fieldErrors.label = "tooLong"
  }
  if (number.length > 80) {
    fieldErrors.number = "tooLong"
  }
  if (!DAY.test(expires) || Number.isNaN(Date.parse(expires))) {
    fieldErrors.expires_at = expires ? "expiryDate" : "required"
  } else if (new Date(`${expires}T23:59:59Z`).getTime() <= today.getTime()) {
    fieldErrors.expires_at = "expired"
  }
  if (Object.keys(fieldErrors).length > 0) {
    return { ok: false, fieldErrors }
  }
  // valid through the whole day printed on it
  return {
    ok: true,
    body: { label, ...(number ? { number } : {}), expires_at: `${expires}T23:59:59.000Z` },
  }
}

/** What staff type in the "record payout" form, as text. */
export type PayoutFormValues = {
  vendor_id: string
  currency_code: string
  amount: string
  paid_at: string
  reference: string
  method: string
  note: string
}

export type PayoutBody = {
  vendor_id: string
  currency_code: "mad" | "eur"
  amount: number
  paid_at: string
  reference: string
  method: "bank_transfer" | "cash"
  note?: string
}

/**
 * Checks the form before sending, with a message per field; the API checks again (and refuses a payout
 * above what is owed). Accepts "1 234,50" as well as "1234.50".
 */
export function parsePayoutForm(
  values: PayoutFormValues
): { body: PayoutBody } | { errors: Partial<Record<keyof PayoutFormValues, string>> } {
  const errors: Partial<Record<keyof PayoutFormValues, string>> = {}
  if (!values.vendor_id) {
    errors.vendor_id = "Choose the cooperative"
  }
  if (values.currency_code !== "mad" && values.currency_code !== "eur") {
    errors.currency_code = "Choose MAD or EUR"
  }
  const normalized = values.amount.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".")
  const amount = Number(normalized)
  if (!/^\d+(\.\d{1,2})?$/.test(normalized) || !(amount > 0)) {
    errors.amount = "Give an amount above 0, with at most two decimals"
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.paid_at) || Number.isNaN(Date.parse(values.paid_at))) {
    errors.paid_at = "Give the date of the payment"
  }
  if (!values.reference.trim()) {
    errors.reference = "Give the bank or receipt reference"
  } else if (values.reference.trim().length > 200) {
    errors.reference = "200 characters at most"
  }
  if (values.method !== "bank_transfer" && values.method !== "cash") {
    errors.method = "Choose bank transfer or cash"
  }
  if (values.note.trim().length > 1000) {
    errors.note = "1000 characters at most"
  }
  if (Object.keys(errors).length) {
    return { errors }
  }
  return {
    body: {
      vendor_id: values.vendor_id,
      currency_code: values.currency_code as PayoutBody["currency_code"],
      amount,
      paid_at: values.paid_at,
      reference: values.reference.trim(),
      method: values.method as PayoutBody["method"],
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
    },
  }
}

/** "1 234,50 MAD" for staff, who read French figures. */
export function formatAmount(amount: number, currencyCode: string): string {
  return new Intl.NumberFormat("fr-MA", { style: "currency", currency: currencyCode.toUpperCase() }).format(
    amount
  )
}

/** The day a payout was made: it is recorded as a date, so its time of day means nothing. */
export function formatDay(value: string): string {
  return new Date(value).toLocaleDateString("fr-MA", { dateStyle: "medium", timeZone: "UTC" })
}

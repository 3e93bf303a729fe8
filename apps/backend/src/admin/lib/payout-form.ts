import type { AdminCreatePayoutBody, AdminLedgerBalance, PayoutMethod } from "../types"

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

export type PayoutFormErrors = Partial<Record<keyof PayoutFormValues, string>>

/** A cooperative that can be paid, as the balances name it. */
export type PayableVendor = NonNullable<AdminLedgerBalance["vendor"]>

export const PAYOUT_METHOD_LABELS: Record<PayoutMethod, string> = {
  bank_transfer: "Bank transfer to RIB",
  cash: "Cash at the centre",
}

/** A blank form: MAD, by bank transfer, paid today. */
export function emptyPayoutForm(today = new Date()): PayoutFormValues {
  return {
    vendor_id: "",
    currency_code: "mad",
    amount: "",
    paid_at: today.toISOString().slice(0, 10),
    reference: "",
    method: "bank_transfer",
    note: "",
  }
}

/** The form filled from a balance row: its cooperative, currency and everything it is owed. */
export function payoutFormFor(row: AdminLedgerBalance, today = new Date()): PayoutFormValues {
  return {
    ...emptyPayoutForm(today),
    vendor_id: row.vendor_id,
    currency_code: row.currency_code,
    amount: row.balance > 0 ? String(row.balance) : "",
  }
}

/** The cooperatives that appear in the balances, by id, in the balances' order. */
export function payableVendors(balances: AdminLedgerBalance[]): Map<string, PayableVendor> {
  return new Map(balances.flatMap((row) => (row.vendor ? [[row.vendor.id, row.vendor] as const] : [])))
}

/**
 * Checks the form before sending, with a message per field; the API checks again (and refuses a payout
 * above what is owed). Accepts "1 234,50" as well as "1234.50".
 */
export function parsePayoutForm(
  values: PayoutFormValues
): { body: AdminCreatePayoutBody } | { errors: PayoutFormErrors } {
  const errors: PayoutFormErrors = {}
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
      currency_code: values.currency_code as AdminCreatePayoutBody["currency_code"],
      amount,
      paid_at: values.paid_at,
      reference: values.reference.trim(),
      method: values.method as AdminCreatePayoutBody["method"],
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

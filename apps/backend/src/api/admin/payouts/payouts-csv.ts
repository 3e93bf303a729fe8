export type PayoutCsvRow = {
  vendor_name: string
  rib: string | null
  amount: number
  currency_code: string
  reference: string
  paid_at: Date | string
}

/** A cell safe for spreadsheets: quoted, and never read as a formula (=, +, -, @ at the start). */
function cell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${text.replace(/"/g, '""')}"`
}

/** The bank's file: one transfer per line (semicolon-separated, as French-locale spreadsheets expect). */
export function payoutsCsv(rows: PayoutCsvRow[]): string {
  const header = ["vendor_name", "rib", "amount", "currency", "reference", "paid_at"].join(";")
  const lines = rows.map((row) =>
    [
      cell(row.vendor_name),
      cell(row.rib ?? ""),
      row.amount.toFixed(2),
      row.currency_code.toUpperCase(),
      cell(row.reference),
      new Date(row.paid_at).toISOString().slice(0, 10),
    ].join(";")
  )
  return [header, ...lines].join("\r\n") + "\r\n"
}

/** One table of a sales report as CSV: a header line, then one line per row, fields quoted as needed. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const field = (value: string | number | null) => {
    const text = value === null ? "" : String(value)
    // a field with a separator, a quote or a line break is quoted, its quotes doubled (RFC 4180)
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return [header, ...rows].map((line) => line.map(field).join(",")).join("\r\n") + "\r\n"
}

/** Has the browser save a CSV, named after what it holds. */
export function downloadCsv(filename: string, csv: string) {
  // a byte-order mark, so that spreadsheet software reads accents and Arabic names as UTF-8
  const url = URL.createObjectURL(new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" }))
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  link.click()
  URL.revokeObjectURL(url)
}

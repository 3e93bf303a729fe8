import { ERROR_CODES } from "@bazaar/contracts"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"

/** One parcel of a carrier's cash-on-delivery statement: what it remits for it and the fees it kept. */
export type StatementRow = { line_number: number; tracking_number: string; amount: string; fees: string }

/** A cash-on-delivery part a statement line may be matched to. */
export type CashPart = {
  id: string
  vendor_id: string
  total: string | number
  currency_code: string
  tracking_number: string | null
}

export type MatchedLine = {
  vendor_order_id: string | null
  vendor_id: string | null
  tracking_number: string
  line_number: number
  amount: string
  fees: string
  match_status: "matched" | "short" | "unknown"
}

// carriers name their columns differently (Amana, CTM, private couriers; French or English)
const COLUMNS: Record<"tracking_number" | "amount" | "fees", string[]> = {
  tracking_number: ["tracking", "tracking_number", "tracking number", "parcel", "colis", "n colis", "code"],
  amount: ["amount", "montant", "cod", "montant cod", "montant_cod", "cash"],
  fees: ["fees", "fee", "frais", "commission"],
}
export const MAX_STATEMENT_LINES = 5000

const headerKey = (header: string) =>
  header
    .normalize("NFD")
    .replace(/[\u0300-\u036f°º]/g, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")

/** Tracking numbers compared as couriers print them: case and spaces do not matter. */
export const normalizeTracking = (value: string) => value.replace(/\s+/g, "").toUpperCase()

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message, ERROR_CODES.invalid_request)

/** "1 250,50" or "1250.50" → "1250.5"; null when it is not an amount with at most two decimals. */
function parseAmount(raw: string): string | null {
  const compact = raw.replace(/[\s\u00a0]/g, "").replace(/(MAD|DH|EUR|€)$/i, "")
  if (!/^\d+([.,]\d{1,2})?$/.test(compact)) {
    return null
  }
  return MathBN.convert(compact.replace(",", ".")).toString()
}

/**
 * Reads a carrier's COD statement (comma, semicolon or tab separated, header row first) into rows.
 * Throws a 400 naming the CSV line (the header is line 1) of the first problem found.
 */
export function parseCodStatement(csv: string): StatementRow[] {
  let records: string[][]
  // the header line tells the separator: a semicolon file may use commas in its amounts ("12,50")
  const header = csv.split(/\r?\n/, 1)[0] ?? ""
  const delimiter = [";", "\t", ","].sort((a, b) => header.split(b).length - header.split(a).length)[0]
  try {
    records = parse(csv, {
      bom: true,
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_quotes: false,
    }) as string[][]
  } catch (error) {
    const line = (error as { lines?: number }).lines
    throw invalid(`Line ${line ?? "?"}: the file is not a readable CSV (${(error as Error).message})`)
  }
  if (!records.length) {
    throw invalid(
      "The statement is empty: expected a header line (tracking, amount, fees) and one line per parcel"
    )
  }
  const headers = records[0].map(headerKey)
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([name, aliases]) => [name, headers.findIndex((h) => aliases.includes(h))])
  ) as Record<keyof typeof COLUMNS, number>
  if (index.tracking_number < 0 || index.amount < 0) {
    throw invalid(
      `Line 1: the header must name a tracking column (tracking, parcel, colis) and an amount column (amount, montant); found ${records[0].join(", ")}`
    )
  }
  if (records.length - 1 > MAX_STATEMENT_LINES) {
    throw invalid(
      `The statement has ${records.length - 1} parcels: at most ${MAX_STATEMENT_LINES} per import`
    )
  }
  const seen = new Map<string, number>()
  return records.slice(1).map((record, i) => {
    const line_number = i + 2
    const tracking = (record[index.tracking_number] ?? "").trim()
    if (!tracking) {
      throw invalid(`Line ${line_number}: the tracking number is empty`)
    }
    const earlier = seen.get(normalizeTracking(tracking))
    if (earlier) {
      throw invalid(`Line ${line_number}: parcel ${tracking} is already on line ${earlier}`)
    }
    seen.set(normalizeTracking(tracking), line_number)
    const rawAmount = record[index.amount] ?? ""
    const amount = parseAmount(rawAmount)
    if (amount === null) {
      throw invalid(`Line ${line_number}: amount "${rawAmount}" is not an amount (e.g. 250.00)`)
    }
    const rawFees = index.fees < 0 ? "" : (record[index.fees] ?? "")
    const fees = rawFees === "" ? "0" : parseAmount(rawFees)
    if (fees === null) {
      throw invalid(`Line ${line_number}: fees "${rawFees}" are not an amount (e.g. 15.00)`)
    }
    return { line_number, tracking_number: tracking, amount, fees }
  })
}

/**
 * Places each statement row on the part with its tracking number: `matched` when amount + fees cover
 * the part's total, `short` when they do not, `unknown` when no cash part of that currency has it.
 */
export function matchStatementRows(
  rows: StatementRow[],
  parts: CashPart[],
  currency_code: string
): MatchedLine[] {
  const byTracking = new Map<string, CashPart>()
  for (const part of parts) {
    if (part.tracking_number && part.currency_code === currency_code) {
      byTracking.set(normalizeTracking(part.tracking_number), part)
    }
  }
  return rows.map((row) => {
    const part = byTracking.get(normalizeTracking(row.tracking_number))
    if (!part) {
      return { ...row, vendor_order_id: null, vendor_id: null, match_status: "unknown" as const }
    }
    const covers = MathBN.gte(MathBN.add(row.amount, row.fees), part.total)
    return {
      ...row,
      vendor_order_id: part.id,
      vendor_id: part.vendor_id,
      match_status: covers ? ("matched" as const) : ("short" as const),
    }
  })
}

/** The sums a remittance keeps beside its lines. */
export function remittanceTotals(lines: { amount: string; fees: string }[]) {
  return {
    total: lines.reduce((sum, line) => MathBN.add(sum, line.amount), MathBN.convert(0)).toString(),
    fees: lines.reduce((sum, line) => MathBN.add(sum, line.fees), MathBN.convert(0)).toString(),
  }
}

// Pure helpers for the portal's earnings page (what the centre owes the cooperative).
import type { LedgerEntryType, PayoutMethod, VendorLedger } from "@/lib/types/custom-routes"

export type EarningsSummary = {
  currency_code: string
  /** What the centre owes now (earned on delivered parcels whose money reached it, minus payouts). */
  owed: number
  /** Earned on cash parcels whose cash has not reached the centre yet: owed once it does. */
  awaitingRemittance: number
  /** What parcels not delivered yet will earn. */
  pending: number
  /** Of `pending`, the cash couriers still have to collect. */
  pendingCash: number
  paid: number
}

/**
 * One summary per currency the cooperative has money in; dirhams always come first and always show,
 * so a new cooperative reads "0 MAD" rather than an empty page.
 */
export function earningsSummary(ledger: Pick<VendorLedger, "balances" | "pending">): EarningsSummary[] {
  const rows = new Map<string, EarningsSummary>()
  const row = (currency: string) => {
    const existing = rows.get(currency) ?? {
      currency_code: currency,
      owed: 0,
      awaitingRemittance: 0,
      pending: 0,
      pendingCash: 0,
      paid: 0,
    }
    rows.set(currency, existing)
    return existing
  }
  row("mad")
  for (const balance of ledger.balances) {
    Object.assign(row(balance.currency_code), {
      owed: balance.balance,
      awaitingRemittance: balance.awaiting_remittance ?? 0,
      paid: balance.paid,
    })
  }
  for (const pending of ledger.pending) {
    Object.assign(row(pending.currency_code), { pending: pending.pending, pendingCash: pending.pending_cash })
  }
  // "mad" was added first and Map keeps insertion order
  return [...rows.values()]
}

export type Movement =
  | {
      kind: LedgerEntryType
      id: string
      date: string
      currency_code: string
      /** Signed: what it adds to (or takes from) what the centre owes. */
      amount: number
      orderNumber: string | null
      /** For a sale: the order's total and the centre's commission, which the amount is net of. */
      gross: number | null
      commission: number | null
    }
  | {
      kind: "payout"
      id: string
      date: string
      currency_code: string
      amount: number
      reference: string
      method: PayoutMethod
      note: string | null
    }

/** Ledger entries and payouts in one list, newest first; a payout counts against what is owed. */
export function movements(ledger: Pick<VendorLedger, "entries" | "payouts">): Movement[] {
  const entries: Movement[] = ledger.entries.map((entry) => ({
    kind: entry.type,
    id: entry.id,
    date: entry.created_at,
    currency_code: entry.currency_code,
    amount: entry.amount,
    orderNumber: entry.vendor_order?.display_id ? `#${entry.vendor_order.display_id}` : null,
    gross: entry.type === "sale" && entry.vendor_order ? entry.vendor_order.total : null,
    commission: entry.type === "sale" && entry.vendor_order ? entry.vendor_order.commission_amount : null,
  }))
  const payouts: Movement[] = ledger.payouts.map((payout) => ({
    kind: "payout",
    id: payout.id,
    date: payout.paid_at,
    currency_code: payout.currency_code,
    amount: -payout.amount,
    reference: payout.reference,
    method: payout.method,
    note: payout.note ?? null,
  }))
  return [...entries, ...payouts].sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
}

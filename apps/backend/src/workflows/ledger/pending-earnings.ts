import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type { VendorBalance } from "./ledger-balances"

export type OpenVendorOrder = {
  vendor_id: string
  currency_code: string
  status: string
  vendor_amount: BigNumberInput
  payment_provider_id: string | null
}

export type PendingEarning = {
  vendor_id: string
  currency_code: string
  pending: number
  pending_cash: number
  orders: number
}

export type VendorBalanceWithPending = VendorBalance & { pending: number; pending_cash: number }

// a part earns only on delivery (docs/orders-and-money.md); canceled parts will never earn
const OPEN_STATUSES = new Set(["pending", "shipped"])

/**
 * What each cooperative will earn once its open parts are delivered, per currency, and the share of it
 * still to be collected in cash by the courier. Summed in BigNumber, numbers only at the edge.
 */
export function pendingEarnings(vendorOrders: OpenVendorOrder[], cashProviderId: string): PendingEarning[] {
  const rows = new Map<
    string,
    {
      vendor_id: string
      currency_code: string
      pending: BigNumberInput
      pending_cash: BigNumberInput
      orders: number
    }
  >()
  for (const order of vendorOrders) {
    if (!OPEN_STATUSES.has(order.status)) {
      continue
    }
    const key = `${order.vendor_id}|${order.currency_code}`
    const row = rows.get(key) ?? {
      vendor_id: order.vendor_id,
      currency_code: order.currency_code,
      pending: 0,
      pending_cash: 0,
      orders: 0,
    }
    row.pending = MathBN.add(row.pending, order.vendor_amount)
    if (order.payment_provider_id === cashProviderId) {
      row.pending_cash = MathBN.add(row.pending_cash, order.vendor_amount)
    }
    row.orders += 1
    rows.set(key, row)
  }
  return [...rows.values()].map((row) => ({
    ...row,
    pending: MathBN.convert(row.pending).toNumber(),
    pending_cash: MathBN.convert(row.pending_cash).toNumber(),
  }))
}

/** Balances and pending earnings side by side: one row per cooperative and currency that has either. */
export function withPendingEarnings(
  balances: VendorBalance[],
  pending: PendingEarning[]
): VendorBalanceWithPending[] {
  const key = (row: { vendor_id: string; currency_code: string }) => `${row.vendor_id}|${row.currency_code}`
  const pendingByKey = new Map(pending.map((row) => [key(row), row]))
  const rows: VendorBalanceWithPending[] = balances.map((balance) => ({
    ...balance,
    pending: pendingByKey.get(key(balance))?.pending ?? 0,
    pending_cash: pendingByKey.get(key(balance))?.pending_cash ?? 0,
  }))
  const seen = new Set(balances.map(key))
  for (const row of pending) {
    if (!seen.has(key(row))) {
      rows.push({
        vendor_id: row.vendor_id,
        currency_code: row.currency_code,
        earned: 0,
        paid: 0,
        balance: 0,
        pending: row.pending,
        pending_cash: row.pending_cash,
      })
    }
  }
  return rows
}

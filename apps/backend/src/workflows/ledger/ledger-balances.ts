import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

export type Movement = { vendor_id: string; currency_code: string; amount: BigNumberInput }

export type VendorBalance = {
  vendor_id: string
  currency_code: string
  earned: number
  paid: number
  balance: number
}

/**
 * What the centre owes each cooperative, per currency: entries earned (sales less refunds and
 * cancellations) minus payouts. Summed in BigNumber; numbers only at the edge, like Medusa's totals.
 */
export function ledgerBalances(entries: Movement[], payouts: Movement[]): VendorBalance[] {
  const rows = new Map<
    string,
    { vendor_id: string; currency_code: string; earned: BigNumberInput; paid: BigNumberInput }
  >()
  const row = (movement: Movement) => {
    const key = `${movement.vendor_id}|${movement.currency_code}`
    const existing = rows.get(key) ?? {
      vendor_id: movement.vendor_id,
      currency_code: movement.currency_code,
      earned: 0,
      paid: 0,
    }
    rows.set(key, existing)
    return existing
  }
  for (const entry of entries) {
    const target = row(entry)
    target.earned = MathBN.add(target.earned, entry.amount)
  }
  for (const payout of payouts) {
    const target = row(payout)
    target.paid = MathBN.add(target.paid, payout.amount)
  }
  return [...rows.values()].map((value) => ({
    vendor_id: value.vendor_id,
    currency_code: value.currency_code,
    earned: MathBN.convert(value.earned).toNumber(),
    paid: MathBN.convert(value.paid).toNumber(),
    balance: MathBN.sub(value.earned, value.paid).toNumber(),
  }))
}

/** The balance of one cooperative in one currency, as a BigNumber string (0 when nothing moved). */
export function balanceOf(
  entries: Movement[],
  payouts: Movement[],
  vendorId: string,
  currencyCode: string
): string {
  const mine = (movement: Movement) =>
    movement.vendor_id === vendorId && movement.currency_code === currencyCode
  return MathBN.sub(
    MathBN.add(0, ...entries.filter(mine).map((entry) => entry.amount)),
    MathBN.add(0, ...payouts.filter(mine).map((payout) => payout.amount))
  ).toString()
}

import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { DEFAULT_COMMISSION_RATE } from "../order-split/split-order-by-vendor"

export type StandSaleLineDraft = {
  variant_id: string
  product_id: string
  title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  unit_price: BigNumberInput
}

export type StandSaleTotals = {
  lines: (StandSaleLineDraft & { unit_price: string; total: string })[]
  total: string
  commission_rate: string
  commission_amount: string
  vendor_amount: string
}

/**
 * What a stand sale earns the cooperative: the goods less the centre's commission, computed as for
 * an online sale (rate of the cooperative, rounded half-up to the cent), in BigNumber strings.
 */
export function standSaleTotals(
  lines: StandSaleLineDraft[],
  commissionRate: BigNumberInput | null
): StandSaleTotals {
  const priced = lines.map((line) => ({
    ...line,
    unit_price: MathBN.convert(line.unit_price).toString(),
    total: MathBN.mult(line.unit_price, line.quantity).toString(),
  }))
  const total = MathBN.add(0, ...priced.map((line) => line.total))
  const rate = MathBN.convert(commissionRate ?? DEFAULT_COMMISSION_RATE)
  const commission = MathBN.convert(MathBN.div(MathBN.mult(total, rate), 100), 2)
  return {
    lines: priced,
    total: total.toString(),
    commission_rate: rate.toString(),
    commission_amount: commission.toString(),
    vendor_amount: MathBN.sub(total, commission).toString(),
  }
}

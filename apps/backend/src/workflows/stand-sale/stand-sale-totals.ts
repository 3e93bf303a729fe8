import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { commissionOnLines } from "../commission/commission-rates"
import { DEFAULT_COMMISSION_RATE } from "../order-split/split-order-by-vendor"

export type StandSaleLineDraft = {
  variant_id: string
  product_id: string
  /** the commission rate in force for this product today; the cooperative's rate when unset */
  commission_rate?: BigNumberInput | null
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
 * an online sale (each line at its rate in force, rounded half-up to the cent), in BigNumber strings.
 */
export function standSaleTotals(
  lines: StandSaleLineDraft[],
  commissionRate: BigNumberInput | null
): StandSaleTotals {
  const priced = lines.map(({ commission_rate: _rate, ...line }) => ({
    ...line,
    unit_price: MathBN.convert(line.unit_price).toString(),
    total: MathBN.mult(line.unit_price, line.quantity).toString(),
  }))
  const {
    goods: total,
    commission,
    rate,
  } = commissionOnLines(
    priced.map((line, index) => ({
      total: line.total,
      rate: lines[index].commission_rate ?? commissionRate ?? DEFAULT_COMMISSION_RATE,
    }))
  )
  return {
    lines: priced,
    total: total.toString(),
    commission_rate: MathBN.convert(rate ?? commissionRate ?? DEFAULT_COMMISSION_RATE).toString(),
    commission_amount: commission.toString(),
    vendor_amount: MathBN.sub(total, commission).toString(),
  }
}

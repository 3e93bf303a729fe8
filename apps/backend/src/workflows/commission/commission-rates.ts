import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** The centre's commission, in percent, for a cooperative without any rate of its own. */
export const DEFAULT_COMMISSION_RATE = 10

export type CommissionRateRow = {
  rate: BigNumberInput
  category_id?: string | null
  effective_from: Date | string
}

const time = (value: Date | string) => new Date(value).getTime()

/** The latest of `rates` already in force at `at`, or undefined. */
function latest<T extends CommissionRateRow>(rates: T[], at: number): T | undefined {
  return rates
    .filter((rate) => time(rate.effective_from) <= at)
    .sort((a, b) => time(b.effective_from) - time(a.effective_from))[0]
}

/**
 * The commission rate of a sale at `at`: the latest rate in force for one of the product's
 * categories, else the latest in force for all the cooperative's products, else `fallback` (the
 * cooperative's rate from before any history). A rate dated later than `at` is not yet in force.
 */
export function commissionRateInForce(
  rates: (CommissionRateRow | null)[] | null | undefined,
  category_ids: string[],
  at: Date | string,
  fallback: BigNumberInput
): BigNumberInput {
  const when = time(at)
  const known = (rates ?? []).filter((rate): rate is CommissionRateRow => !!rate)
  const forCategory = latest(
    known.filter((rate) => rate.category_id && category_ids.includes(rate.category_id)),
    when
  )
  const forAll = latest(
    known.filter((rate) => !rate.category_id),
    when
  )
  return (forCategory ?? forAll)?.rate ?? fallback
}

/**
 * The commission on a sale's lines, each at its own rate: summed, then rounded half-up to the cent
 * once (MAD and EUR both have two decimals). `rate` is the lines' rate when they share one, else
 * the rate they average to (commission ÷ goods, to 4 decimals), which the sale records.
 */
export function commissionOnLines(lines: { total: BigNumberInput; rate: BigNumberInput }[]) {
  const goods = MathBN.add(0, ...lines.map((line) => line.total))
  const unrounded = MathBN.add(0, ...lines.map((line) => MathBN.div(MathBN.mult(line.total, line.rate), 100)))
  const rates = lines.map((line) => MathBN.convert(line.rate))
  const shared = rates.every((rate) => rate.eq(rates[0]))
  const rate =
    shared || MathBN.convert(goods).isZero()
      ? rates[0]
      : MathBN.convert(MathBN.div(MathBN.mult(unrounded, 100), goods), 4)
  return { goods, commission: MathBN.convert(unrounded, 2), rate }
}

/** A sale's lines, each with the rate in force at `at` for its product's categories. */
export function withRatesInForce<T extends { product_id: string }>(
  lines: T[],
  vendor: { commission_rate?: BigNumberInput | null; commission_rates?: (CommissionRateRow | null)[] | null },
  products: { id: string; categories?: ({ id: string } | null)[] | null }[],
  at: Date | string
): (T & { commission_rate: BigNumberInput })[] {
  const categories = new Map(
    products.map((product) => [
      product.id,
      (product.categories ?? []).flatMap((category) => (category ? [category.id] : [])),
    ])
  )
  return lines.map((line) => ({
    ...line,
    commission_rate: commissionRateInForce(
      vendor.commission_rates,
      categories.get(line.product_id) ?? [],
      at,
      vendor.commission_rate ?? DEFAULT_COMMISSION_RATE
    ),
  }))
}

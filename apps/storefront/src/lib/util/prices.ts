import type { StoreVariant } from "@/lib/types"

export type CardPrice = {
  amount: number
  currencyCode: string
  isRange: boolean
}

/** The cheapest variant price of a product; `isRange` when variants do not all cost the same. */
export function cheapestPrice(variants: StoreVariant[] | null | undefined): CardPrice | null {
  const prices = (variants ?? [])
    .map((variant) => variant.calculated_price)
    .filter(
      (price): price is { calculated_amount: number; currency_code: string } =>
        typeof price?.calculated_amount === "number" && Boolean(price.currency_code)
    )
  if (prices.length === 0) {
    return null
  }
  const cheapest = prices.reduce((min, price) =>
    price.calculated_amount < min.calculated_amount ? price : min
  )
  return {
    amount: cheapest.calculated_amount,
    currencyCode: cheapest.currency_code,
    isRange: prices.some((price) => price.calculated_amount !== cheapest.calculated_amount),
  }
}

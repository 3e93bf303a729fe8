import type { StoreVariant } from "@/lib/types/store"

export type CardPrice = {
  amount: number
  currencyCode: string
  isRange: boolean
}

/** What a price is read from: the price Medusa calculated for the region the request named. */
type PricedVariant = Pick<StoreVariant, "id"> & {
  calculated_price?: Pick<
    NonNullable<StoreVariant["calculated_price"]>,
    "calculated_amount" | "currency_code"
  > | null
}

/** The cheapest variant price of a product; `isRange` when variants do not all cost the same. */
export function cheapestPrice(variants: PricedVariant[] | null | undefined): CardPrice | null {
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

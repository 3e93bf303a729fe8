import type { AmountsByCurrency, ImpactFigures } from "@bazaar/contracts"
import type { Locale } from "@/lib/constants"
import { formatMoney } from "@/lib/util/money"

// dirhams first: the marketplace is Moroccan; euros come from shoppers abroad
const CURRENCY_ORDER = ["mad", "eur"]

/** "12 450 MAD + 310 €": each currency's amount, none left out, zeros dropped ("0 MAD" when all are). */
export function formatAmounts(amounts: AmountsByCurrency, locale: Locale): string {
  const entries = Object.entries(amounts)
    .filter(([, amount]) => Number(amount) !== 0)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
  if (!entries.length) {
    return formatMoney(0, "mad", locale)
  }
  return entries.map(([currency, amount]) => formatMoney(Number(amount), currency, locale)).join(" + ")
}

function rank(currency: string): number {
  const index = CURRENCY_ORDER.indexOf(currency)
  return index === -1 ? CURRENCY_ORDER.length : index
}

/** Whether anything was sold yet, online or at a stand: before that, the page says so instead of zeros. */
export function hasSales(figures: Pick<ImpactFigures, "orders">): boolean {
  return figures.orders.online + figures.orders.at_events > 0
}

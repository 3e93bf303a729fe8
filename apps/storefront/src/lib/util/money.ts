import type { Locale } from "@/lib/constants"
import { intlLocale } from "@/lib/i18n/locales"

/**
 * Formats a Medusa amount (major units: 120 = 120 MAD, 12.5 = 12.50 €) in the page's language.
 * Whole amounts drop their ",00": "120 MAD" reads better on a small screen than "120,00 MAD".
 */
export function formatMoney(amount: number, currencyCode: string, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    trailingZeroDisplay: "stripIfInteger",
  }).format(amount)
}

// Ten-thousandths: finer than any currency's cents, so adding backend amounts this way is exact.
const SCALE = 10_000

/** Adds backend amounts (major units) as integers, so 0.1 + 0.2 is 0.3 and never 0.30000000000000004. */
export function sumAmounts(amounts: (number | null | undefined)[]): number {
  const units = amounts.reduce<number>((sum, amount) => sum + Math.round((amount ?? 0) * SCALE), 0)
  return units / SCALE
}

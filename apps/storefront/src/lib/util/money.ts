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

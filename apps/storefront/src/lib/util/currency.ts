import { CURRENCIES, DEFAULT_CURRENCY, type Currency } from "@/lib/constants"
import type { StoreRegion } from "@/lib/types/store"

export function isCurrency(value: unknown): value is Currency {
  return typeof value === "string" && (CURRENCIES as readonly string[]).includes(value)
}

// Countries whose visitors are most likely diaspora shoppers paying in euros.
const EURO_COUNTRIES = new Set([
  "AT",
  "BE",
  "CY",
  "DE",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MC",
  "MT",
  "NL",
  "PT",
  "SI",
  "SK",
])

/**
 * The visitor's currency: their explicit choice (cookie) first, then a euro default for
 * visitors a CDN geolocates in the euro area, else dirhams.
 */
export function resolveCurrency(cookieValue?: string | null, country?: string | null): Currency {
  if (isCurrency(cookieValue)) {
    return cookieValue
  }
  if (country && EURO_COUNTRIES.has(country.toUpperCase())) {
    return "eur"
  }
  return DEFAULT_CURRENCY
}

/** The region priced in the visitor's currency ("Maroc" for MAD, "Europe" for EUR). */
export function pickRegion(regions: StoreRegion[], currency: Currency): StoreRegion | undefined {
  return (
    regions.find((region) => region.currency_code.toLowerCase() === currency) ??
    regions.find((region) => region.currency_code.toLowerCase() === DEFAULT_CURRENCY) ??
    regions[0]
  )
}

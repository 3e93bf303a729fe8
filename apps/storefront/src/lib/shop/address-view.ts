import { findMoroccanTown, MOROCCAN_TOWNS } from "./address"
import type { StoreAddress } from "@/lib/types/store"

/**
 * The address form's starting values: what the cart already has, a saved address, or nothing. A
 * Moroccan town is shown by its listed name in the page's language, or in the free field if unlisted.
 */
export type AddressDefaults = StoreAddress & { email?: string | null; townName?: string; townFree?: string }

/** A saved or cart address as the form's starting values. */
export function addressDefaults(address: StoreAddress | null | undefined, locale: string): AddressDefaults {
  if (!address) {
    return {}
  }
  if (address.country_code !== "ma" || !address.city) {
    return { ...address }
  }
  const town = findMoroccanTown(address.city)
  return town
    ? { ...address, townName: locale === "ar" ? town.ar : town.fr }
    : { ...address, townFree: address.city }
}

/** One line for a list of addresses: "Amina El Idrissi, 12 derb…, Marrakech". */
export function addressSummary(address: StoreAddress): string {
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  return [name, address.address_1, address.city].filter(Boolean).join(", ")
}

/**
 * The towns a shopper searches as they type: named in the page's language (Arabic, or French for
 * French and English pages), the other name beside it, sorted for that language.
 */
export function townOptions(locale: string, intlLocale: string): { value: string; label: string }[] {
  const arabic = locale === "ar"
  return MOROCCAN_TOWNS.map((town) => ({
    value: arabic ? town.ar : town.fr,
    label: arabic ? town.fr : town.ar,
  })).sort((a, b) => a.value.localeCompare(b.value, intlLocale))
}

/** Country options named in the page's language. */
export function countryOptions(codes: string[], intlLocale: string) {
  const names = new Intl.DisplayNames([intlLocale], { type: "region" })
  return codes
    .map((code) => ({ code, name: names.of(code.toUpperCase()) ?? code.toUpperCase() }))
    .sort((a, b) => (a.code === "ma" ? -1 : b.code === "ma" ? 1 : a.name.localeCompare(b.name, intlLocale)))
}

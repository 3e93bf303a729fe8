import { cityKey, MOROCCAN_CITIES, type MoroccanCity } from "./address"
import type { StoreAddress } from "@/lib/types/store"

/** The address form's starting values: what the cart already has, a saved address, or nothing. */
export type AddressDefaults = StoreAddress & { email?: string | null; cityKey?: string }

/** A saved or cart address as the form's starting values (the city key found back from its name). */
export function addressDefaults(
  address: StoreAddress | null | undefined,
  frenchCityNames: Record<MoroccanCity, string>
): AddressDefaults {
  if (!address) {
    return {}
  }
  return {
    ...address,
    cityKey: address.country_code === "ma" ? cityKey(address.city, frenchCityNames) : undefined,
  }
}

/** One line for a list of addresses: "Amina El Idrissi, 12 derb…, Marrakech". */
export function addressSummary(address: StoreAddress): string {
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  return [name, address.address_1, address.city].filter(Boolean).join(", ")
}

/** City options in the page's language, sorted for it (Arabic and French orders differ). */
export function cityOptions(names: Record<MoroccanCity, string>, intlLocale: string) {
  return MOROCCAN_CITIES.map((key) => ({ key, name: names[key] })).sort((a, b) =>
    a.name.localeCompare(b.name, intlLocale)
  )
}

/** Country options named in the page's language. */
export function countryOptions(codes: string[], intlLocale: string) {
  const names = new Intl.DisplayNames([intlLocale], { type: "region" })
  return codes
    .map((code) => ({ code, name: names.of(code.toUpperCase()) ?? code.toUpperCase() }))
    .sort((a, b) => (a.code === "ma" ? -1 : b.code === "ma" ? 1 : a.name.localeCompare(b.name, intlLocale)))
}

import { addressFormat, normalizePostcode } from "@bazaar/contracts"
import { isEmail, isPhone, readText, type FieldErrors } from "@/lib/forms/form"
import type { StoreAddress, StoreRegion } from "@/lib/types/store"
import towns from "./moroccan-towns.json"

/**
 * Moroccan towns a shopper picks from (typed in French or Arabic): couriers sort parcels by town, and
 * a list avoids the dozen spellings of each name. The French name is what the courier reads; a town
 * not in the list is written in a free field. Source and scope: docs/shoppers.md.
 */
export type MoroccanTown = { fr: string; ar: string; region: string }
export const MOROCCAN_TOWNS: readonly MoroccanTown[] = towns

/** The longest town name a free field takes. */
export const MAX_TOWN_LENGTH = 100

/**
 * A town name folded for matching what a shopper typed: case, French accents, Arabic short vowels and
 * tatweel, alef/hamza, taa marbuta and alif maqsura variants, hyphens, apostrophes and spaces.
 */
export function foldTownName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
    .replace(/\u0629/g, "\u0647")
    .replace(/\u0649/g, "\u064a")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "")
}

const TOWNS_BY_NAME = new Map(
  MOROCCAN_TOWNS.flatMap((town) => [
    [foldTownName(town.fr), town],
    [foldTownName(town.ar), town],
  ])
)

/** The listed town a shopper chose or typed, in French or Arabic, or undefined. */
export function findMoroccanTown(name: string | null | undefined): MoroccanTown | undefined {
  return name ? TOWNS_BY_NAME.get(foldTownName(name)) : undefined
}

export const MOROCCO = "ma"

export type AddressInput = { email?: string; address: StoreAddress }

export type AddressResult = { ok: true; data: AddressInput } | { ok: false; fieldErrors: FieldErrors }

type Options = {
  /** ISO codes of the countries the cart's region delivers to. */
  countries: string[]
  /** Guests give an email; a signed-in customer's comes from the account. */
  requireEmail: boolean
}

/**
 * Reads the checkout's address form. Morocco: a town from the list (French or Arabic name, stored in
 * French) or, with "my town is not listed" ticked, any town in the free field; a phone, a postcode only if
 * known, a landmark (kept in `address_2`). Europe: the phone optional, the postcode required in the
 * country's own shape and written as its post does, and a province where the couriers need one
 * (`ADDRESS_FORMATS` in @bazaar/contracts, which the backend checks too).
 */
export function parseAddress(formData: FormData, options: Options): AddressResult {
  const errors: FieldErrors = {}
  const email = readText(formData, "email")
  if (options.requireEmail && !email) {
    errors.email = "required"
  } else if (email && !isEmail(email)) {
    errors.email = "email"
  }

  const country = readText(formData, "country_code")?.toLowerCase()
  if (!country) {
    errors.country_code = "required"
  } else if (!options.countries.includes(country)) {
    errors.country_code = "country"
  }
  const inMorocco = country === MOROCCO

  for (const name of ["first_name", "last_name", "address_1"]) {
    if (!readText(formData, name)) {
      errors[name] = "required"
    }
  }

  const phone = readText(formData, "phone")
  if (!phone) {
    if (inMorocco) {
      errors.phone = "required"
    }
  } else if (!isPhone(phone)) {
    errors.phone = "phone"
  }

  let city: string | undefined
  if (!inMorocco) {
    city = readText(formData, "city")
    if (!city) errors.city = "required"
  } else if (formData.get("city_unlisted")) {
    city = readText(formData, "city_free")
    if (!city) errors.city_free = "required"
    else if (city.length > MAX_TOWN_LENGTH) errors.city_free = "tooLong"
  } else {
    const typed = readText(formData, "city_ma")
    city = findMoroccanTown(typed)?.fr
    if (!typed) errors.city_ma = "required"
    else if (!city) errors.city_ma = "city"
  }

  const format = addressFormat(country)
  const typedPostcode = readText(formData, "postal_code")
  const postcode = typedPostcode ? normalizePostcode(country, typedPostcode) : undefined
  if (!postcode) {
    if (country && format.postcodeRequired) {
      errors.postal_code = "required"
    }
  } else if (!format.postcode.test(postcode)) {
    errors.postal_code = "postcode"
  }

  const typedProvince = format.province === "none" ? undefined : readText(formData, "province")
  const province = format.provincePattern ? typedProvince?.toUpperCase() : typedProvince
  if (format.province === "required" && !province) {
    errors.province = "required"
  } else if (province && format.provincePattern && !format.provincePattern.test(province)) {
    errors.province = "province"
  }

  if (Object.keys(errors).length > 0) {
    return { ok: false, fieldErrors: errors }
  }
  return {
    ok: true,
    data: {
      ...(email && { email }),
      address: {
        first_name: readText(formData, "first_name"),
        last_name: readText(formData, "last_name"),
        phone: phone ?? "",
        address_1: readText(formData, "address_1"),
        address_2: readText(formData, "landmark") ?? "",
        city,
        postal_code: postcode ?? "",
        ...(format.province !== "none" && { province: province ?? "" }),
        country_code: country,
      },
    },
  }
}

/** The ISO codes of the countries a region delivers to. */
export function regionCountryCodes(region: Pick<StoreRegion, "countries"> | null | undefined): string[] {
  return (region?.countries ?? []).flatMap((country) => (country.iso_2 ? [country.iso_2] : []))
}

import { isEmail, isPhone, readText, type FieldErrors } from "@/lib/forms/form"
import type { StoreAddress, StoreRegion } from "@/lib/types/store"

/**
 * Cities a Moroccan address is chosen from: couriers sort parcels by city, and a list avoids the
 * dozen spellings of each name. The value sent is the key; labels come from the catalogues.
 */
export const MOROCCAN_CITIES = [
  "agadir",
  "al-hoceima",
  "azilal",
  "beni-mellal",
  "berkane",
  "casablanca",
  "chefchaouen",
  "dakhla",
  "el-jadida",
  "errachidia",
  "essaouira",
  "fes",
  "guelmim",
  "ifrane",
  "kenitra",
  "khemisset",
  "khouribga",
  "laayoune",
  "larache",
  "marrakech",
  "meknes",
  "mohammedia",
  "nador",
  "ouarzazate",
  "oujda",
  "rabat",
  "safi",
  "sale",
  "settat",
  "tangier",
  "taroudant",
  "taza",
  "temara",
  "tetouan",
  "tiznit",
  "zagora",
] as const
export type MoroccanCity = (typeof MOROCCAN_CITIES)[number]

export const MOROCCO = "ma"

// Moroccan postcodes have five digits; European ones vary (NL "1012 AB", PT "1000-001", IE "D02 X285").
const MOROCCAN_POSTCODE = /^\d{5}$/
const EUROPEAN_POSTCODE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/

export type AddressInput = { email?: string; address: StoreAddress }

export type AddressResult = { ok: true; data: AddressInput } | { ok: false; fieldErrors: FieldErrors }

type Options = {
  /** ISO codes of the countries the cart's region delivers to. */
  countries: string[]
  /** Guests give an email; a signed-in customer's comes from the account. */
  requireEmail: boolean
  /** The French name of a Moroccan city key, which is what the courier reads. */
  cityName: (city: MoroccanCity) => string
}

function isMoroccanCity(value: string | undefined): value is MoroccanCity {
  return !!value && (MOROCCAN_CITIES as readonly string[]).includes(value)
}

/**
 * Reads the checkout's address form. Morocco: a city from the list, a phone, a postcode only if
 * known, a landmark (kept in `address_2`). Europe: a postcode is required, the phone optional.
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

  let city = readText(formData, inMorocco ? "city_ma" : "city")
  if (!city) {
    errors[inMorocco ? "city_ma" : "city"] = "required"
  } else if (inMorocco) {
    if (isMoroccanCity(city)) {
      city = options.cityName(city)
    } else {
      errors.city_ma = "city"
    }
  }

  const postcode = readText(formData, "postal_code")
  if (!postcode) {
    if (country && !inMorocco) {
      errors.postal_code = "required"
    }
  } else if (!(inMorocco ? MOROCCAN_POSTCODE : EUROPEAN_POSTCODE).test(postcode)) {
    errors.postal_code = "postcode"
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
        country_code: country,
      },
    },
  }
}

/** The ISO codes of the countries a region delivers to. */
export function regionCountryCodes(region: Pick<StoreRegion, "countries"> | null | undefined): string[] {
  return (region?.countries ?? []).flatMap((country) => (country.iso_2 ? [country.iso_2] : []))
}

/** The city key of a saved Moroccan address, to preselect it in the list. */
export function cityKey(
  cityName: string | null | undefined,
  cityNames: Record<MoroccanCity, string>
): MoroccanCity | "" {
  const match = MOROCCAN_CITIES.find((key) => cityNames[key] === cityName)
  return match ?? ""
}

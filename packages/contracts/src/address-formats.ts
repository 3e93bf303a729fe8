/**
 * How each country the marketplace delivers to writes an address: the shape of its postcodes, where
 * the postcode stands, and whether its couriers need a province. The shop's form and the backend's
 * cart check read the same table, so a parcel to Milan carries its province and one to Amsterdam a
 * postcode the Dutch post can sort. Countries not listed take the lenient default.
 */
export type AddressFormat = {
  /** the shape of a postcode, once spaces are tidied and letters upper-cased (`normalizePostcode`) */
  postcode: RegExp
  /** a real-looking example, shown beside the field */
  postcodeExample: string
  /** false where a postcode is given only if known (Morocco) */
  postcodeRequired: boolean
  /** written before the town, as on the country's envelopes ("75011 Paris"); the form follows */
  postcodeFirst: boolean
  /** a province or county: Italy's couriers need its two-letter sigla, Spain's and Britain's help */
  province: "required" | "optional" | "none"
  /** the shape of a required province */
  provincePattern?: RegExp
  provinceExample?: string
}

const FOUR_DIGITS = /^\d{4}$/
const FIVE_DIGITS = /^\d{5}$/

export const ADDRESS_FORMATS: Readonly<Record<string, AddressFormat>> = {
  ma: {
    postcode: FIVE_DIGITS,
    postcodeExample: "40000",
    postcodeRequired: false,
    postcodeFirst: false,
    province: "none",
  },
  fr: {
    postcode: FIVE_DIGITS,
    postcodeExample: "75011",
    postcodeRequired: true,
    postcodeFirst: true,
    province: "none",
  },
  be: {
    postcode: FOUR_DIGITS,
    postcodeExample: "1000",
    postcodeRequired: true,
    postcodeFirst: true,
    province: "none",
  },
  lu: {
    postcode: /^(L-)?\d{4}$/,
    postcodeExample: "L-1648",
    postcodeRequired: true,
    postcodeFirst: true,
    province: "none",
  },
  ch: {
    postcode: FOUR_DIGITS,
    postcodeExample: "8001",
    postcodeRequired: true,
    postcodeFirst: true,
    province: "none",
  },
  de: {
    postcode: FIVE_DIGITS,
    postcodeExample: "10115",
    postcodeRequired: true,
    postcodeFirst: true,
    province: "none",
  },
  it: {
    postcode: FIVE_DIGITS,
    postcodeExample: "20121",
    postcodeRequired: true,
    postcodeFirst: true,
    province: "required",
    provincePattern: /^[A-Z]{2}$/,
    provinceExample: "MI",
  },
  es: {
    postcode: FIVE_DIGITS,
    postcodeExample: "28013",
    postcodeRequired: true,
    postcodeFirst: true,
    province: "optional",
    provinceExample: "Madrid",
  },
  pt: {
    postcode: /^\d{4}-\d{3}$/,
    postcodeExample: "1100-148",
    postcodeRequired: true,
    postcodeFirst: true,
    province: "none",
  },
  nl: {
    postcode: /^\d{4} [A-Z]{2}$/,
    postcodeExample: "1012 AB",
    postcodeRequired: true,
    postcodeFirst: true,
    province: "none",
  },
  gb: {
    postcode: /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/,
    postcodeExample: "SW1A 1AA",
    postcodeRequired: true,
    postcodeFirst: false,
    province: "optional",
    provinceExample: "Greater London",
  },
}

/** Any other country: a postcode of letters, digits, spaces and hyphens, before the town. */
export const DEFAULT_ADDRESS_FORMAT: AddressFormat = {
  postcode: /^[A-Z0-9][A-Z0-9 -]{1,9}$/,
  postcodeExample: "",
  postcodeRequired: true,
  postcodeFirst: true,
  province: "none",
}

/** The format of a country (ISO 3166-1 alpha-2, any case). */
export function addressFormat(countryCode: string | null | undefined): AddressFormat {
  return ADDRESS_FORMATS[(countryCode ?? "").toLowerCase()] ?? DEFAULT_ADDRESS_FORMAT
}

/**
 * A postcode as the country's post writes it: upper case, single spaces; the space the Dutch and
 * British codes need is put back when it was left out ("1012ab" → "1012 AB", "sw1a1aa" → "SW1A 1AA"),
 * and Luxembourg's "l1648" gets its hyphen.
 */
export function normalizePostcode(countryCode: string | null | undefined, postcode: string): string {
  const tidy = postcode.trim().toUpperCase().replace(/\s+/g, " ")
  switch ((countryCode ?? "").toLowerCase()) {
    case "nl":
      return tidy.replace(/^(\d{4}) ?([A-Z]{2})$/, "$1 $2")
    case "gb":
      return tidy.replace(/^([A-Z0-9]{2,4}) ?(\d[A-Z]{2})$/, "$1 $2")
    case "lu":
      return tidy.replace(/^L-? ?(\d{4})$/, "L-$1")
    default:
      return tidy
  }
}

/** Whether a postcode (as typed) is one of the country's. */
export function isPostcodeOf(countryCode: string | null | undefined, postcode: string): boolean {
  return addressFormat(countryCode).postcode.test(normalizePostcode(countryCode, postcode))
}

import { describe, expect, it } from "vitest"
import { findMoroccanTown, foldTownName, MOROCCAN_TOWNS, parseAddress } from "./address"
import { addressDefaults, townOptions } from "./address-view"
import { MOROCCAN_REGIONS } from "@/lib/util/moroccan-regions"

const options = { countries: ["ma", "fr", "nl", "it", "gb"], requireEmail: true }

function form(values: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(values)) {
    data.set(name, value)
  }
  return data
}

const moroccan = {
  email: "amina@example.ma",
  first_name: "Amina",
  last_name: "El Idrissi",
  country_code: "ma",
  city_ma: "marrakech",
  address_1: "12 derb Sidi Bouloukat",
  landmark: "En face de la mosquée Bab Doukkala",
  phone: "06 12 34 56 78",
}

describe("parseAddress", () => {
  it("accepts a Moroccan address without postcode, with the city's name and the landmark in address_2", () => {
    const result = parseAddress(form(moroccan), options)
    expect(result).toEqual({
      ok: true,
      data: {
        email: "amina@example.ma",
        address: {
          first_name: "Amina",
          last_name: "El Idrissi",
          phone: "06 12 34 56 78",
          address_1: "12 derb Sidi Bouloukat",
          address_2: "En face de la mosquée Bab Doukkala",
          city: "Marrakech",
          postal_code: "",
          country_code: "ma",
        },
      },
    })
  })

  it("takes a listed town typed in Arabic or loosely in French, and stores its French name", () => {
    for (const typed of ["الصويرة", "essaouira", "ESSAOUIRA ", "Es-saouira"]) {
      const result = parseAddress(form({ ...moroccan, city_ma: typed }), options)
      expect(result.ok && result.data.address.city, typed).toBe("Essaouira")
    }
    const hamza = parseAddress(form({ ...moroccan, city_ma: "ايت ملول" }), options)
    expect(hamza.ok && hamza.data.address.city).toBe("Aït Melloul")
  })

  it("takes any town in the free field when the shopper says it is not listed", () => {
    const result = parseAddress(
      form({ ...moroccan, city_ma: "", city_unlisted: "1", city_free: "Tafingoult" }),
      options
    )
    expect(result.ok && result.data.address.city).toBe("Tafingoult")
    expect(parseAddress(form({ ...moroccan, city_unlisted: "1", city_free: " " }), options)).toEqual({
      ok: false,
      fieldErrors: { city_free: "required" },
    })
    expect(
      parseAddress(form({ ...moroccan, city_unlisted: "1", city_free: "x".repeat(101) }), options)
    ).toEqual({ ok: false, fieldErrors: { city_free: "tooLong" } })
  })

  it("requires a phone and a city from the list in Morocco, and checks a postcode when given", () => {
    const result = parseAddress(
      form({ ...moroccan, phone: "", city_ma: "Marrakeshh", postal_code: "4000" }),
      options
    )
    expect(result).toEqual({
      ok: false,
      fieldErrors: { phone: "required", city_ma: "city", postal_code: "postcode" },
    })
  })

  it("requires a postcode in Europe but not a phone, and takes the city as typed", () => {
    const european = { ...moroccan, country_code: "nl", city_ma: "", city: "Amsterdam", phone: "" }
    expect(parseAddress(form(european), options)).toEqual({
      ok: false,
      fieldErrors: { postal_code: "required" },
    })
    const result = parseAddress(form({ ...european, postal_code: "1012 AB" }), options)
    expect(result.ok && result.data.address).toMatchObject({
      city: "Amsterdam",
      postal_code: "1012 AB",
      country_code: "nl",
      phone: "",
    })
  })

  it("checks each European country's postcode and writes it as its post does; asks Italy's province", () => {
    const european = { ...moroccan, city_ma: "", phone: "" }
    const parse = (values: Record<string, string>) => parseAddress(form({ ...european, ...values }), options)
    expect(parse({ country_code: "nl", city: "Amsterdam", postal_code: "1012" })).toEqual({
      ok: false,
      fieldErrors: { postal_code: "postcode" },
    })
    const dutch = parse({ country_code: "nl", city: "Amsterdam", postal_code: "1012ab" })
    expect(dutch.ok && dutch.data.address.postal_code).toBe("1012 AB")
    const british = parse({ country_code: "gb", city: "London", postal_code: "sw1a1aa" })
    expect(british.ok && british.data.address).toMatchObject({ postal_code: "SW1A 1AA", province: "" })
    expect(parse({ country_code: "fr", city: "Paris", postal_code: "SW1A 1AA" }).ok).toBe(false)

    expect(parse({ country_code: "it", city: "Milano", postal_code: "20121" })).toEqual({
      ok: false,
      fieldErrors: { province: "required" },
    })
    expect(parse({ country_code: "it", city: "Milano", postal_code: "20121", province: "Milan" })).toEqual({
      ok: false,
      fieldErrors: { province: "province" },
    })
    const italian = parse({ country_code: "it", city: "Milano", postal_code: "20121", province: "mi" })
    expect(italian.ok && italian.data.address).toMatchObject({ province: "MI", postal_code: "20121" })
  })

  it("refuses a country outside the cart's region, a bad email and missing names", () => {
    const result = parseAddress(
      form({ ...moroccan, country_code: "us", email: "amina@", first_name: " " }),
      options
    )
    expect(result.ok).toBe(false)
    expect(!result.ok && result.fieldErrors).toMatchObject({
      country_code: "country",
      email: "email",
      first_name: "required",
    })
  })

  it("needs no email from a signed-in customer", () => {
    const result = parseAddress(form({ ...moroccan, email: "" }), { ...options, requireEmail: false })
    expect(result.ok).toBe(true)
  })
})

describe("Moroccan towns", () => {
  it("lists every town once per name, French and Arabic, in one of the twelve regions", () => {
    const folded = MOROCCAN_TOWNS.flatMap((town) => [foldTownName(town.fr), foldTownName(town.ar)])
    expect(new Set(folded).size).toBe(folded.length)
    for (const town of MOROCCAN_TOWNS) {
      expect(MOROCCAN_REGIONS, town.fr).toContain(town.region)
      expect(town.ar, town.fr).toMatch(/^[\u0600-\u06ff ]+$/)
    }
    expect(MOROCCAN_TOWNS.length).toBeGreaterThan(200)
  })

  it("still has the checkout's former 36 cities under the same names (saved addresses match)", () => {
    const former =
      "Agadir,Al Hoceïma,Azilal,Béni Mellal,Berkane,Casablanca,Chefchaouen,Dakhla,El Jadida,Errachidia,Essaouira,Fès,Guelmim,Ifrane,Kénitra,Khémisset,Khouribga,Laâyoune,Larache,Marrakech,Meknès,Mohammédia,Nador,Ouarzazate,Oujda,Rabat,Safi,Salé,Settat,Tanger,Taroudant,Taza,Témara,Tétouan,Tiznit,Zagora"
    for (const name of former.split(",")) {
      expect(findMoroccanTown(name)?.fr).toBe(name)
    }
  })

  it("starts a saved address with its town in the page's language, or in the free field", () => {
    const saved = { address_1: "12 derb", city: "Fès", country_code: "ma" }
    expect(addressDefaults(saved, "ar").townName).toBe("فاس")
    expect(addressDefaults(saved, "fr").townName).toBe("Fès")
    expect(addressDefaults({ ...saved, city: "Tafingoult" }, "fr")).toMatchObject({ townFree: "Tafingoult" })
    expect(addressDefaults({ ...saved, country_code: "nl", city: "Utrecht" }, "fr").townName).toBeUndefined()
  })

  it("offers towns named in the page's language, the other name beside", () => {
    const arabic = townOptions("ar", "ar-MA")
    expect(arabic.find((town) => town.label === "Fès")?.value).toBe("فاس")
    const french = townOptions("fr", "fr-MA")
    expect(french[0].value.localeCompare(french[1].value, "fr")).toBeLessThan(0)
  })
})

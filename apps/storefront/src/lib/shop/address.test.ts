import { describe, expect, it } from "vitest"
import { cityKey, parseAddress, type MoroccanCity } from "./address"

const cityNames = { marrakech: "Marrakech", fes: "Fès" } as Record<MoroccanCity, string>
const options = {
  countries: ["ma", "fr", "nl"],
  requireEmail: true,
  cityName: (city: MoroccanCity) => cityNames[city] ?? city,
}

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

  it("requires a phone and a city from the list in Morocco, and checks a postcode when given", () => {
    const result = parseAddress(
      form({ ...moroccan, phone: "", city_ma: "Marrakesh", postal_code: "4000" }),
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

describe("cityKey", () => {
  it("finds a saved city back in the list, or nothing", () => {
    expect(cityKey("Fès", cityNames)).toBe("fes")
    expect(cityKey("Paris", cityNames)).toBe("")
  })
})

import { describe, expect, it } from "vitest"
import {
  failed,
  formLocale,
  formValues,
  isPhone,
  parsePrice,
  parseWholeNumber,
  valueOf,
  valuesOf,
} from "./form"

describe("parsePrice", () => {
  it("reads prices typed with a comma, a dot or spaces", () => {
    expect(parsePrice("120")).toBe(120)
    expect(parsePrice("120,50")).toBe(120.5)
    expect(parsePrice("1 200.5")).toBe(1200.5)
    expect(parsePrice(" 35 ")).toBe(35)
  })

  it("refuses what is not a price", () => {
    expect(parsePrice("")).toBeNull()
    expect(parsePrice(undefined)).toBeNull()
    expect(parsePrice("12.345")).toBeNull()
    expect(parsePrice("-3")).toBeNull()
    expect(parsePrice("abc")).toBeNull()
    expect(parsePrice("1,2,3")).toBeNull()
  })
})

describe("parseWholeNumber", () => {
  it("reads whole numbers only", () => {
    expect(parseWholeNumber("12")).toBe(12)
    expect(parseWholeNumber("1 000")).toBe(1000)
    expect(parseWholeNumber("12,5")).toBeNull()
    expect(parseWholeNumber("")).toBeNull()
  })
})

describe("isPhone", () => {
  it("accepts Moroccan and international numbers", () => {
    expect(isPhone("06 12 34 56 78")).toBe(true)
    expect(isPhone("+212 6 12 34 56 78")).toBe(true)
    expect(isPhone("0612-345678")).toBe(true)
    expect(isPhone("12")).toBe(false)
    expect(isPhone("call me")).toBe(false)
  })
})

describe("formValues", () => {
  it("keeps text entries, repeats as arrays, and never passwords or files", () => {
    const data = new FormData()
    data.append("name", "Tifawin")
    data.append("password", "secret-secret")
    data.append("variant_title", "S")
    data.append("variant_title", "M")
    data.append("logo", new File(["x"], "logo.png", { type: "image/png" }))
    data.append("$ACTION_ID_abc", "")
    const values = formValues(data)
    expect(values).toEqual({ name: "Tifawin", variant_title: ["S", "M"] })
    expect(valueOf(values, "variant_title")).toBe("S")
    expect(valuesOf(values, "name")).toEqual(["Tifawin"])
    expect(valuesOf(values, "missing")).toEqual([])
  })
})

describe("failed", () => {
  it("answers with the error and what was typed, passwords left out", () => {
    const data = new FormData()
    data.append("email", "amina@example.ma")
    data.append("password", "secret-secret")
    const state = failed(data, { error: "invalid", fieldErrors: { password: "passwordShort" } })
    expect(state).toMatchObject({
      error: "invalid",
      fieldErrors: { password: "passwordShort" },
      values: { email: "amina@example.ma" },
    })
    expect(state.version).toEqual(expect.any(Number))
  })
})

describe("formLocale", () => {
  it("reads the posted language, French when it is missing or unknown", () => {
    const data = new FormData()
    expect(formLocale(data)).toBe("fr")
    data.set("locale", "ar")
    expect(formLocale(data)).toBe("ar")
    data.set("locale", "de")
    expect(formLocale(data)).toBe("fr")
  })
})

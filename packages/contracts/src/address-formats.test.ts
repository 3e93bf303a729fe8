import { describe, expect, it } from "vitest"
import { addressFormat, isPostcodeOf, normalizePostcode } from "./address-formats"

describe("address formats", () => {
  it.each([
    ["fr", "75011", true],
    ["fr", "7501", false],
    ["be", "1000", true],
    ["be", "10000", false],
    ["nl", "1012 AB", true],
    ["nl", "1012ab", true],
    ["nl", "1012", false],
    ["pt", "1100-148", true],
    ["pt", "1100148", false],
    ["gb", "SW1A 1AA", true],
    ["gb", "sw1a1aa", true],
    ["gb", "M1 1AE", true],
    ["gb", "12345", false],
    ["lu", "L-1648", true],
    ["lu", "1648", true],
    ["ch", "8001", true],
    ["de", "10115", true],
    ["it", "20121", true],
    ["es", "28013", true],
    ["ma", "40000", true],
    ["ma", "4000", false],
    ["se", "114 55", true],
  ])("%s %s is a postcode of that country: %s", (country, postcode, valid) => {
    expect(isPostcodeOf(country, postcode)).toBe(valid)
  })

  it("writes postcodes as the country's post does", () => {
    expect(normalizePostcode("nl", " 1012ab ")).toBe("1012 AB")
    expect(normalizePostcode("gb", "sw1a1aa")).toBe("SW1A 1AA")
    expect(normalizePostcode("lu", "l 1648")).toBe("L-1648")
    expect(normalizePostcode("fr", " 75011")).toBe("75011")
  })

  it("asks Italy's province, and writes the British postcode after the town", () => {
    expect(addressFormat("IT")).toMatchObject({ province: "required", provinceExample: "MI" })
    expect(addressFormat("gb").postcodeFirst).toBe(false)
    expect(addressFormat("fr").postcodeFirst).toBe(true)
    expect(addressFormat("ma").postcodeRequired).toBe(false)
    expect(addressFormat("xx").postcodeRequired).toBe(true)
  })
})

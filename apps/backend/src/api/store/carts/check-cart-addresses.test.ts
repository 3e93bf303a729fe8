import { describe, expect, it } from "vitest"
import { checkCartAddresses, checkSavedAddress } from "./check-cart-addresses"

function run(body: Record<string, unknown>) {
  let passed: unknown = "not called"
  checkCartAddresses({ body } as never, {} as never, (error?: unknown) => {
    passed = error
  })
  return { error: passed as { message: string; fields?: unknown[] } | undefined, body }
}

describe("cart address check", () => {
  it("takes any Moroccan town, listed or not, and stores the phone as E.164", () => {
    for (const city of ["Marrakech", "الصويرة", "Tafingoult"]) {
      const { error, body } = run({
        shipping_address: { city, country_code: "ma", phone: "06 12 34 56 78" },
      })
      expect(error).toBeUndefined()
      expect((body.shipping_address as { phone: string }).phone).toBe("+212612345678")
    }
  })

  it("refuses a Moroccan address without a town, or a town name past the limit, naming the field", () => {
    for (const city of [undefined, "", "   ", "x".repeat(101)]) {
      const { error } = run({ shipping_address: { city, country_code: "MA" } })
      expect(error?.message, String(city)).toMatch(/^Invalid request: /)
      expect(error?.fields).toEqual([expect.objectContaining({ path: "shipping_address.city" })])
    }
  })

  it("leaves other countries' towns and updates without an address alone", () => {
    expect(run({ shipping_address: { city: "Utrecht", country_code: "nl" } }).error).toBeUndefined()
    expect(run({ region_id: "reg_1" }).error).toBeUndefined()
  })

  it("checks a postcode against its country and writes it as its post does; asks Italy's province", () => {
    const dutch = run({ shipping_address: { city: "Amsterdam", country_code: "nl", postal_code: "1012ab" } })
    expect(dutch.error).toBeUndefined()
    expect((dutch.body.shipping_address as { postal_code: string }).postal_code).toBe("1012 AB")
    const wrong = run({ shipping_address: { city: "Paris", country_code: "fr", postal_code: "SW1A 1AA" } })
    expect(wrong.error?.message).toContain('"SW1A 1AA" is not a postcode of FR (for example 75011)')
    expect(wrong.error?.fields).toEqual([expect.objectContaining({ path: "shipping_address.postal_code" })])
    const italian = { city: "Milano", country_code: "it", postal_code: "20121" }
    expect(run({ shipping_address: italian }).error?.fields).toEqual([
      expect.objectContaining({ path: "shipping_address.province" }),
    ])
    expect(run({ shipping_address: { ...italian, province: "MI" } }).error).toBeUndefined()
  })

  it("checks a saved address, which is the body itself", () => {
    let passed: unknown = "not called"
    const body = { city: "Amsterdam", country_code: "nl", postal_code: "1012", phone: "" }
    checkSavedAddress({ body } as never, {} as never, (error?: unknown) => {
      passed = error
    })
    expect((passed as { fields: unknown[] }).fields).toEqual([
      expect.objectContaining({ path: "postal_code" }),
    ])
  })
})

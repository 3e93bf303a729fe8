import { describe, expect, it } from "vitest"
import { normalizeAddressPhones } from "./normalize-address-phones"

function run(body: Record<string, unknown>) {
  let passed: unknown = "not called"
  normalizeAddressPhones({ body } as never, {} as never, (error?: unknown) => {
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
})

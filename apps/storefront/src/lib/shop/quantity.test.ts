import { describe, expect, it } from "vitest"
import { MAX_QUANTITY, parseQuantity } from "./quantity"

describe("parseQuantity", () => {
  it("takes whole numbers within the cart's bounds", () => {
    expect(parseQuantity("3")).toBe(3)
    expect(parseQuantity(String(MAX_QUANTITY))).toBe(MAX_QUANTITY)
    expect(parseQuantity("0")).toBeUndefined()
    expect(parseQuantity("0", 0)).toBe(0)
    expect(parseQuantity("2.5")).toBeUndefined()
    expect(parseQuantity("-1", 0)).toBeUndefined()
    expect(parseQuantity(String(MAX_QUANTITY + 1))).toBeUndefined()
    expect(parseQuantity(null)).toBeUndefined()
  })
})

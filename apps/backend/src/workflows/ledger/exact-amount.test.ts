import { MathBN } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { exactAmount } from "./exact-amount"

describe("exactAmount", () => {
  it("reads the raw value when there is one", () => {
    const amount = exactAmount({ value: "0.30000000000000000001", precision: 20 }, 0.3)
    expect(MathBN.convert(amount).toString()).toBe("0.30000000000000000001")
  })

  it("falls back to the number without a raw value", () => {
    expect(exactAmount(null, 12.5)).toBe(12.5)
    expect(exactAmount(undefined, 7)).toBe(7)
  })
})

import { describe, expect, it } from "vitest"
import { maskPhone } from "./mask-phone"

describe("maskPhone", () => {
  it("keeps the country code and the last two digits", () => {
    expect(maskPhone("+212612345678")).toBe("+212 •••••••78")
    expect(maskPhone("+33612345678")).toBe("+33 •••••••78")
  })
})

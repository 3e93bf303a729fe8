import { describe, expect, it } from "vitest"
import { ERROR_CODES, ERROR_CODE_VALUES, isErrorCode } from "./error-codes"

describe("error codes", () => {
  it("are their own names, so a code in a log reads the same as in the code", () => {
    for (const [name, code] of Object.entries(ERROR_CODES)) {
      expect(code).toBe(name)
    }
    expect(ERROR_CODE_VALUES).toContain("out_of_stock")
    expect(ERROR_CODE_VALUES).toContain("rate_limited")
  })

  it("recognises only known codes", () => {
    expect(isErrorCode("validation_failed")).toBe(true)
    expect(isErrorCode("invalid_state_error")).toBe(false)
    expect(isErrorCode(undefined)).toBe(false)
  })
})

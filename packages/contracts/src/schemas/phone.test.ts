import { describe, expect, it } from "vitest"
import { normalizePhone, phoneNumber } from "./phone"

describe("normalizePhone", () => {
  it("reads Moroccan numbers as people write them", () => {
    for (const typed of [
      "0612345678",
      "06 12 34 56 78",
      "06-12-34-56-78",
      "+212 6 12 34 56 78",
      "00212612345678",
      "212612345678",
    ]) {
      expect(normalizePhone(typed), typed).toBe("+212612345678")
    }
    expect(normalizePhone("0522 12 34 56")).toBe("+212522123456")
    expect(normalizePhone("07 00 11 22 33")).toBe("+212700112233")
  })

  it("keeps foreign numbers of the diaspora", () => {
    expect(normalizePhone("+33 6 12 34 56 78")).toBe("+33612345678")
    expect(normalizePhone("0033612345678")).toBe("+33612345678")
    expect(normalizePhone("+34 612 34 56 78")).toBe("+34612345678")
  })

  it("refuses what no one can call", () => {
    for (const typed of [
      "",
      "   ",
      "12",
      "0612",
      "06123456789012",
      "hello",
      "+212 1 23",
      "0012",
      null,
      undefined,
    ]) {
      expect(normalizePhone(typed as string), String(typed)).toBeNull()
    }
  })
})

describe("phoneNumber", () => {
  it("stores E.164 and explains a refusal", () => {
    expect(phoneNumber.parse(" 0612345678 ")).toBe("+212612345678")
    const result = phoneNumber.safeParse("0612")
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].message).toMatch(/06 12 34 56 78/)
  })
})

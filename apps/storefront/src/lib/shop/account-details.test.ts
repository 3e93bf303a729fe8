import { describe, expect, it } from "vitest"
import { parseAccountDetails } from "./account-details"

const form = (values: Record<string, string>) => (name: string) => values[name]

describe("parseAccountDetails", () => {
  it("keeps the names trimmed and an emptied phone as none", () => {
    expect(parseAccountDetails(form({ first_name: " Sara ", last_name: "Bennani", phone: "" }))).toEqual({
      ok: true,
      body: { first_name: "Sara", last_name: "Bennani", phone: null },
    })
  })

  it("names each field to fix", () => {
    expect(parseAccountDetails(form({ first_name: "", last_name: "B", phone: "call me" }))).toEqual({
      ok: false,
      fieldErrors: { first_name: "required", phone: "phone" },
    })
  })
})

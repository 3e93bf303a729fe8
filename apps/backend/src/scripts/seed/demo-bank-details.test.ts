import { describe, expect, it } from "vitest"
import { demoBankDetails } from "./demo-bank-details"

describe("demoBankDetails", () => {
  it("gives each demo cooperative a different 24-digit RIB, held in its name", () => {
    const ribs = Array.from({ length: 19 }, (_, index) => demoBankDetails(index, { name: `Coop ${index}` }))
    expect(ribs.every((details) => /^\d{24}$/.test(details.rib))).toBe(true)
    expect(new Set(ribs.map((details) => details.rib)).size).toBe(19)
    expect(ribs[3]).toMatchObject({ bank_name: "CIH Bank", account_holder: "Coop 3" })
  })
})

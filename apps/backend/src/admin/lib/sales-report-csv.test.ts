import { describe, expect, it } from "vitest"
import { toCsv } from "./sales-report-csv"

describe("toCsv", () => {
  it("quotes fields with commas, quotes or line breaks, and leaves the others as they are", () => {
    expect(
      toCsv(
        ["cooperative", "online"],
        [
          ["Tifawin, Agadir", 12.5],
          ['Dite "Tamount"', null],
        ]
      )
    ).toBe('cooperative,online\r\n"Tifawin, Agadir",12.5\r\n"Dite ""Tamount""",\r\n')
  })
})

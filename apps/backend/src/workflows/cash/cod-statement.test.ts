import { describe, expect, it } from "vitest"
import { matchStatementRows, parseCodStatement, remittanceTotals } from "./cod-statement"

describe("parseCodStatement", () => {
  it("reads comma or semicolon files, French headers and decimal commas", () => {
    expect(parseCodStatement("tracking,amount,fees\nAMANA-1,250.00,15\nAMANA-2,99.5,0\n")).toEqual([
      { line_number: 2, tracking_number: "AMANA-1", amount: "250", fees: "15" },
      { line_number: 3, tracking_number: "AMANA-2", amount: "99.5", fees: "0" },
    ])
    expect(parseCodStatement("\ufeffN° colis;Montant;Frais\r\nctm 77;1 250,50;12,5\r\n")).toEqual([
      { line_number: 2, tracking_number: "ctm 77", amount: "1250.5", fees: "12.5" },
    ])
    expect(parseCodStatement("parcel,amount\nX1,10\n")[0].fees).toBe("0")
  })

  it("names the line of the first problem", () => {
    expect(() => parseCodStatement("tracking,amount,fees\nA,10,1\nB,abc,1\n")).toThrow(
      /^Line 3: amount "abc"/
    )
    expect(() => parseCodStatement("tracking,amount,fees\nA,10,-1\n")).toThrow(/^Line 2: fees "-1"/)
    expect(() => parseCodStatement("tracking,amount,fees\nA,10.001,1\n")).toThrow(/^Line 2: amount/)
    expect(() => parseCodStatement("tracking,amount,fees\n,10,1\n")).toThrow(
      /^Line 2: the tracking number is empty/
    )
    expect(() => parseCodStatement("tracking,amount,fees\nA,10,1\na ,5,0\n")).toThrow(
      /^Line 3: parcel a is already on line 2/
    )
    expect(() => parseCodStatement("name,price\nA,10\n")).toThrow(/^Line 1: the header/)
    expect(() => parseCodStatement("tracking,amount,fees\nA,10\n")).toThrow(
      /^Line 2: the file is not a readable CSV/
    )
    expect(() => parseCodStatement("")).toThrow(/empty/)
  })
})

describe("matchStatementRows", () => {
  const parts = [
    { id: "vord_1", vendor_id: "v1", total: 250, currency_code: "mad", tracking_number: "amana-1" },
    { id: "vord_2", vendor_id: "v2", total: "100", currency_code: "mad", tracking_number: "AMANA-2" },
    { id: "vord_3", vendor_id: "v2", total: "100", currency_code: "eur", tracking_number: "AMANA-3" },
  ]
  it("matches by tracking number, amount + fees against the total", () => {
    const rows = parseCodStatement(
      "tracking,amount,fees\nAMANA-1,235,15\nAMANA-2,80,15\nAMANA-3,100,0\nZZ,5,0\n"
    )
    expect(matchStatementRows(rows, parts, "mad").map((l) => [l.vendor_order_id, l.match_status])).toEqual([
      ["vord_1", "matched"],
      ["vord_2", "short"],
      [null, "unknown"],
      [null, "unknown"],
    ])
    expect(remittanceTotals(rows)).toEqual({ total: "420", fees: "30" })
  })
})

import { describe, expect, it } from "vitest"
import { parseReturnForm, returnableQuantities, returnDeadline, returnLinesFrom } from "./returns"

describe("the return form", () => {
  it("keeps the lines with a quantity above zero", () => {
    const form = new FormData()
    form.set("qty:ordli_1", "1")
    form.set("qty:ordli_2", "0")
    form.set("qty:ordli_3", "deux")
    form.set("reason", "damaged")
    expect(returnLinesFrom(form.entries())).toEqual([{ line_item_id: "ordli_1", quantity: 1 }])
  })

  it("needs at least one item and a known reason", () => {
    const form = new FormData()
    form.set("vendor_order_id", "vord_1")
    form.set("reason", "damaged")
    expect(parseReturnForm(form)).toEqual({ error: "returnNoItem" })
    form.set("qty:ordli_1", "2")
    form.set("note", "  fêlé  ")
    expect(parseReturnForm(form)).toEqual({
      body: {
        vendor_order_id: "vord_1",
        reason: "damaged",
        note: "fêlé",
        items: [{ line_item_id: "ordli_1", quantity: 2 }],
      },
    })
    form.set("reason", "bored")
    expect(parseReturnForm(form)).toEqual({ error: "invalid" })
  })
})

describe("what can still be returned", () => {
  it("subtracts what requests hold, except refused ones", () => {
    const left = returnableQuantities(
      [
        { line_item_id: "a", quantity: 2 },
        { line_item_id: "b", quantity: 1 },
      ],
      [
        { status: "refunded", items: [{ line_item_id: "a", quantity: 1, title: "" }] },
        { status: "refused", items: [{ line_item_id: "b", quantity: 1, title: "" }] },
      ]
    )
    expect(Object.fromEntries(left)).toEqual({ a: 1, b: 1 })
  })

  it("counts the window from delivery", () => {
    expect(returnDeadline(null)).toBeNull()
    expect(returnDeadline("2026-12-01T00:00:00.000Z")?.toISOString()).toBe("2026-12-15T00:00:00.000Z")
  })
})

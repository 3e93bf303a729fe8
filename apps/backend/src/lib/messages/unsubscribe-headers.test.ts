import { describe, expect, it } from "vitest"
import { unsubscribeHeaders } from "./unsubscribe-headers"

describe("unsubscribeHeaders", () => {
  it("offers one-click unsubscribe for a message that carries a link", () => {
    expect(
      unsubscribeHeaders({ unsubscribe_url: "https://api.example/staff-digest/unsubscribe?user=u&token=t" })
    ).toEqual({
      "List-Unsubscribe": "<https://api.example/staff-digest/unsubscribe?user=u&token=t>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    })
  })

  it("adds nothing to transactional messages or to a link that is not web", () => {
    expect(unsubscribeHeaders({ url: "https://shop.example" })).toEqual({})
    expect(unsubscribeHeaders(null)).toEqual({})
    expect(unsubscribeHeaders({ unsubscribe_url: "javascript:alert(1)" })).toEqual({})
  })
})

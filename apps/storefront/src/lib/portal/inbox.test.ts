import { describe, expect, it } from "vitest"
import { parseSeenAt, unreadBadge } from "./inbox"

describe("unread messages", () => {
  it("reads the moment she last opened her inbox, ignoring a damaged cookie", () => {
    expect(parseSeenAt("2026-05-02T10:00:00.000Z")).toBe("2026-05-02T10:00:00.000Z")
    expect(parseSeenAt("yesterday")).toBeUndefined()
    expect(parseSeenAt(undefined)).toBeUndefined()
  })

  it("shows no badge at zero and caps it at 9+", () => {
    expect(unreadBadge(0)).toBeUndefined()
    expect(unreadBadge(3)).toBe("3")
    expect(unreadBadge(12)).toBe("9+")
  })
})

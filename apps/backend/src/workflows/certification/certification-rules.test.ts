import { describe, expect, it } from "vitest"
import {
  certificationStatus,
  daysLeft,
  isShownInShop,
  reminderWindow,
  shopCertifications,
} from "./certification-rules"

const at = new Date("2026-12-05T10:00:00Z")

describe("certificates in the shop", () => {
  it("shows a certificate only once staff verified it", () => {
    expect(isShownInShop({ verified_at: null, expires_at: "2027-06-01" }, at)).toBe(false)
    expect(isShownInShop({ verified_at: "2026-11-01", expires_at: "2027-06-01" }, at)).toBe(true)
  })

  it("stops showing it the moment it expires", () => {
    expect(isShownInShop({ verified_at: "2026-01-01", expires_at: "2026-12-05T09:59:59Z" }, at)).toBe(false)
    expect(isShownInShop({ verified_at: "2026-01-01", expires_at: "2026-12-05T10:00:01Z" }, at)).toBe(true)
  })

  it("keeps a verified certificate without an expiry date", () => {
    expect(isShownInShop({ verified_at: "2026-01-01", expires_at: null }, at)).toBe(true)
  })

  it("gives the shop the label, number and expiry only", () => {
    const shown = shopCertifications(
      [
        {
          id: "a",
          label: "ONSSA",
          number: "N-1",
          expires_at: "2027-01-01",
          verified_at: "2026-01-01",
          verified_by: "user_1",
          document_url: "/private",
        },
        { id: "b", label: "Bio", number: null, expires_at: "2027-01-01", verified_at: null },
        null,
      ],
      at
    )
    expect(shown).toEqual([{ id: "a", label: "ONSSA", number: "N-1", expires_at: "2027-01-01" }])
  })
})

describe("the expiry reminder", () => {
  it("looks 30 days ahead and one day back", () => {
    const window = reminderWindow(at)
    expect(window.expiring_until.toISOString()).toBe("2027-01-04T10:00:00.000Z")
    expect(window.lapsed_since.toISOString()).toBe("2026-12-04T10:00:00.000Z")
  })

  it("counts the days left, rounding up", () => {
    expect(daysLeft("2026-12-06T09:00:00Z", at)).toBe(1)
    expect(daysLeft("2027-01-04T10:00:00Z", at)).toBe(30)
    expect(daysLeft("2026-12-01T00:00:00Z", at)).toBe(0)
  })
})

describe("a certificate's status", () => {
  it("is expired once past its date, whether verified or not", () => {
    expect(certificationStatus({ verified_at: "2026-01-01", expires_at: "2026-12-01" }, at)).toBe("expired")
    expect(certificationStatus({ verified_at: null, expires_at: "2026-12-01" }, at)).toBe("expired")
  })

  it("waits for staff until verified", () => {
    expect(certificationStatus({ verified_at: null, expires_at: "2027-12-01" }, at)).toBe("waiting")
    expect(certificationStatus({ verified_at: "2026-11-01", expires_at: "2027-12-01" }, at)).toBe("verified")
  })
})

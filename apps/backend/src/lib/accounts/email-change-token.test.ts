import { describe, expect, it } from "vitest"
import { emailChangeToken, readEmailChangeToken, type EmailChange } from "./email-change-token"

const change: EmailChange = {
  customer_id: "cus_1",
  from: "amina@example.ma",
  to: "amina.elidrissi@example.ma",
  expires_at: Date.parse("2026-12-07T10:00:00Z"),
}
const now = Date.parse("2026-12-06T10:00:00Z")

describe("email change tokens", () => {
  it("reads back what was signed, until it expires", () => {
    const token = emailChangeToken("secret", change)
    expect(readEmailChangeToken("secret", token, now)).toEqual(change)
    expect(readEmailChangeToken("secret", token, change.expires_at)).toBeNull()
  })

  it("refuses another secret, an altered address and anything else", () => {
    const token = emailChangeToken("secret", change)
    expect(readEmailChangeToken("other", token, now)).toBeNull()
    const [, signature] = token.split(".")
    const forged = Buffer.from(JSON.stringify({ ...change, to: "thief@example.com" })).toString("base64url")
    expect(readEmailChangeToken("secret", `${forged}.${signature}`, now)).toBeNull()
    for (const junk of [undefined, "", "abc", "a.b.c", `${token}x`, 42]) {
      expect(readEmailChangeToken("secret", junk, now)).toBeNull()
    }
  })
})

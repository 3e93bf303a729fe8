import { describe, expect, it } from "vitest"
import { isDigestUnsubscribeToken } from "../../lib/staff-digest/unsubscribe-token"
import { staffDigestNotifications } from "./staff-digest-notifications"

const empty = { count: 0, names: [] }
const work = {
  applications: { count: 1, names: ["Amlou Souss"] },
  products: empty,
  unshipped: empty,
  unshipped_days: 3,
  certifications: empty,
}
const users = [
  { id: "user_a", email: "A@centre.ma", metadata: null },
  { id: "user_b", email: "b@centre.ma", metadata: { staff_digest_off: true } },
]

describe("staffDigestNotifications", () => {
  it("tells staff of certificates about to expire, even when nothing else waits", () => {
    const certificates = {
      ...work,
      applications: empty,
      certifications: { count: 1, names: ["ONSSA — Amlou Souss (2026-12-20)"] },
    }
    const [digest] = staffDigestNotifications(certificates, users, "2026-12-04T07:00:00Z", "s")
    expect(digest.data.certifications).toMatchObject({
      count: 1,
      names: ["ONSSA — Amlou Souss (2026-12-20)"],
    })
  })

  it("sends nothing when nothing waits", () => {
    const none = { ...work, applications: empty }
    expect(staffDigestNotifications(none, users, "2026-12-04T07:00:00Z", "s")).toEqual([])
  })

  it("writes to staff who did not turn it off, keyed by the day, with their own signed link", () => {
    const [only, ...others] = staffDigestNotifications(work, users, "2026-12-04T07:00:00Z", "secret")
    expect(others).toEqual([])
    expect(only.to).toBe("A@centre.ma")
    expect(only.idempotency_key).toBe("staff-digest:2026-12-04:a@centre.ma")
    const link = new URL(only.data.unsubscribe_url)
    expect(link.pathname).toBe("/staff-digest/unsubscribe")
    expect(link.searchParams.get("user")).toBe("user_a")
    expect(isDigestUnsubscribeToken("secret", "user_a", link.searchParams.get("token"))).toBe(true)
    expect(isDigestUnsubscribeToken("secret", "user_b", link.searchParams.get("token"))).toBe(false)
    // the same day later: the same key
    expect(staffDigestNotifications(work, users, "2026-12-04T23:59:00Z", "secret")[0].idempotency_key).toBe(
      only.idempotency_key
    )
  })
})

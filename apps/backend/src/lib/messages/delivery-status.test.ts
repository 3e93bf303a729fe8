import { describe, expect, it } from "vitest"
import { deliveryFacts, deliveryStatus } from "./delivery-status"

const now = new Date("2026-05-02T12:00:00Z")

describe("deliveryStatus", () => {
  it("tells sent, retrying, failed and pending apart", () => {
    expect(deliveryStatus({ status: "success", created_at: now }, now)).toBe("sent")
    expect(deliveryStatus({ status: "failure", created_at: "2026-05-02T08:00:00Z" }, now)).toBe("retrying")
    expect(deliveryStatus({ status: "failure", created_at: "2026-04-30T08:00:00Z" }, now)).toBe("failed")
    expect(deliveryStatus({ status: "pending", created_at: now }, now)).toBe("pending")
  })

  it("counts the retries and keeps the last error", () => {
    const row = {
      status: "failure",
      created_at: "2026-05-02T08:00:00Z",
      data: { delivery: { attempts: 2, last_attempt_at: "2026-05-02T09:00:00Z", error: "ECONNREFUSED" } },
    }
    expect(deliveryFacts(row, now)).toEqual({
      delivery_status: "retrying",
      attempts: 3,
      error: "ECONNREFUSED",
    })
  })
})

import { describe, expect, it } from "vitest"
import { sendErrorsById } from "./send-errors"

describe("sendErrorsById", () => {
  it("names each failed notification's reason", () => {
    const message = [
      "Failed to send notification with id noti_01A:\nconnect ECONNREFUSED 127.0.0.1:1025",
      "Could not find a notification provider for channel: sms for notification id noti_01B",
    ].join("\n")
    expect(Object.fromEntries(sendErrorsById(message))).toEqual({
      noti_01A: "connect ECONNREFUSED 127.0.0.1:1025",
      noti_01B: "Could not find a notification provider for channel: sms",
    })
  })

  it("finds nothing in an unrelated error", () => {
    expect(sendErrorsById("database is down").size).toBe(0)
  })
})

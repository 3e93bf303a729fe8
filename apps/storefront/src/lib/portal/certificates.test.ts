import { describe, expect, it } from "vitest"
import { parseCertificateForm } from "./certificates"

const today = new Date("2026-12-05T10:00:00Z")

describe("parseCertificateForm", () => {
  it("keeps a certificate valid through the day printed on it", () => {
    expect(parseCertificateForm({ label: " ONSSA ", number: "", expires_at: "2027-06-30" }, today)).toEqual({
      ok: true,
      body: { label: "ONSSA", expires_at: "2027-06-30T23:59:59.000Z" },
    })
    expect(
      parseCertificateForm({ label: "Bio", number: "FR-BIO-01", expires_at: "2026-12-05" }, today)
    ).toEqual({
      ok: true,
      body: { label: "Bio", number: "FR-BIO-01", expires_at: "2026-12-05T23:59:59.000Z" },
    })
  })

  it("names each field to fix", () => {
    expect(parseCertificateForm({ label: "", expires_at: "" }, today)).toEqual({
      ok: false,
      fieldErrors: { label: "required", expires_at: "required" },
    })
    expect(parseCertificateForm({ label: "ONSSA", expires_at: "30/06/2027" }, today)).toEqual({
      ok: false,
      fieldErrors: { expires_at: "expiryDate" },
    })
    expect(parseCertificateForm({ label: "ONSSA", expires_at: "2026-12-04" }, today)).toEqual({
      ok: false,
      fieldErrors: { expires_at: "expired" },
    })
    expect(
      parseCertificateForm(
        { label: "x".repeat(121), number: "1".repeat(81), expires_at: "2027-01-01" },
        today
      )
    ).toEqual({ ok: false, fieldErrors: { label: "tooLong", number: "tooLong" } })
  })
})

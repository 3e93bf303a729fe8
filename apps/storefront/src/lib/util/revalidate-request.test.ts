import { describe, expect, it } from "vitest"
import { parseRevalidateRequest } from "./revalidate-request"

describe("parseRevalidateRequest", () => {
  it("accepts known tags with the right secret", () => {
    expect(parseRevalidateRequest("s3cret", "s3cret", { tags: ["products", "vendors"] })).toEqual({
      ok: true,
      tags: ["products", "vendors"],
    })
  })

  it("refuses a wrong or missing secret, and any call when no secret is configured", () => {
    expect(parseRevalidateRequest("nope", "s3cret", { tags: ["products"] })).toMatchObject({
      ok: false,
      status: 401,
    })
    expect(parseRevalidateRequest(null, "s3cret", { tags: ["products"] })).toMatchObject({
      ok: false,
      status: 401,
    })
    expect(parseRevalidateRequest("", undefined, { tags: ["products"] })).toMatchObject({
      ok: false,
      status: 401,
    })
  })

  it("names unknown tags and refuses an empty list", () => {
    const unknown = parseRevalidateRequest("s3cret", "s3cret", { tags: ["products", "everything"] })
    expect(unknown).toMatchObject({ ok: false, status: 400 })
    expect(!unknown.ok && unknown.message).toContain("everything")
    expect(parseRevalidateRequest("s3cret", "s3cret", { tags: [] })).toMatchObject({ ok: false, status: 400 })
    expect(parseRevalidateRequest("s3cret", "s3cret", null)).toMatchObject({ ok: false, status: 400 })
  })
})

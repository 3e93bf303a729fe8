import { describe, expect, it } from "vitest"
import { applicationField } from "./application"
import { apiErrorState, fieldsInMessage, isIdentityExistsError } from "./errors"

class FetchError extends Error {
  constructor(
    message: string,
    public status: number
  ) {
    super(message)
  }
}

describe("fieldsInMessage", () => {
  it("finds the field paths of a Medusa validation message", () => {
    expect(
      fieldsInMessage(
        "Invalid request: Field 'vendor, ice' is required; Expected type: 'number' for field 'variants, 0, stock', got: 'string'"
      )
    ).toEqual(["vendor.ice", "variants.0.stock"])
    expect(fieldsInMessage(undefined)).toEqual([])
  })
})

describe("apiErrorState", () => {
  it("marks the fields a 400 names and keeps the message", () => {
    const state = apiErrorState(
      new FetchError(
        "Invalid request: Value for field 'vendor, story, ar' too big, expected at most: '5000'",
        400
      ),
      applicationField
    )
    expect(state).toEqual({
      error: "notAccepted",
      detail: "Invalid request: Value for field 'vendor, story, ar' too big, expected at most: '5000'",
      fieldErrors: { story_ar: "invalid" },
    })
  })

  it("explains a 403 as a cooperative not approved yet", () => {
    expect(apiErrorState(new FetchError("Vendor vend_1 is pending", 403))).toEqual({
      error: "notApproved",
      detail: "Vendor vend_1 is pending",
    })
  })

  it("names lost sessions, missing things and network failures plainly", () => {
    expect(apiErrorState(new FetchError("Unauthorized", 401)).error).toBe("sessionExpired")
    expect(apiErrorState(new FetchError("Not found", 404)).error).toBe("notFound")
    expect(apiErrorState(new TypeError("fetch failed")).error).toBe("network")
    expect(apiErrorState(new FetchError("boom", 500)).error).toBe("unknown")
    expect(apiErrorState(new FetchError("dup", 409)).error).toBe("conflict")
  })
})

describe("isIdentityExistsError", () => {
  it("recognises Medusa's answer for an email already registered", () => {
    expect(isIdentityExistsError(new FetchError("Identity with email already exists", 401))).toBe(true)
    expect(isIdentityExistsError(new FetchError("Invalid email or password", 401))).toBe(false)
  })
})

import { describe, expect, it } from "vitest"
import { BackendError } from "@/lib/util/http-error"
import { applicationField } from "./application"
import { apiErrorState, isIdentityExistsError } from "./errors"

const failure = (message: string, status: number, fields: { path: string; message: string }[] = []) =>
  new BackendError(message, status, undefined, fields)

describe("apiErrorState", () => {
  it("marks the fields a 400 names and keeps the message", () => {
    const state = apiErrorState(
      new BackendError(
        "Invalid request: Value for field 'vendor, story, ar' too big, expected at most: '5000'",
        400,
        "validation_failed",
        [{ path: "vendor.story.ar", message: "Too big: expected string to have <=5000 characters" }]
      ),
      applicationField
    )
    expect(state).toEqual({
      error: "notAccepted",
      detail: "Invalid request: Value for field 'vendor, story, ar' too big, expected at most: '5000'",
      fieldErrors: { story_ar: "invalid" },
    })
  })

  it("reads the fields from `fields`, whatever the message says", () => {
    const state = apiErrorState(
      new BackendError("Quelque chose ne va pas", 400, "validation_failed", [
        { path: "vendor.ice", message: "15 digits" },
        { path: "extra", message: "Unrecognized key" },
      ]),
      applicationField
    )
    expect(state.fieldErrors).toEqual({ ice: "invalid" })
  })

  it("explains a 403 as a cooperative not approved yet", () => {
    expect(apiErrorState(failure("Vendor vend_1 is pending", 403))).toEqual({
      error: "notApproved",
      detail: "Vendor vend_1 is pending",
    })
  })

  it("names lost sessions, missing things and network failures plainly", () => {
    expect(apiErrorState(failure("Unauthorized", 401)).error).toBe("sessionExpired")
    expect(apiErrorState(failure("Not found", 404)).error).toBe("notFound")
    expect(apiErrorState(new TypeError("fetch failed")).error).toBe("network")
    expect(apiErrorState(failure("boom", 500)).error).toBe("unknown")
    expect(apiErrorState(failure("dup", 409)).error).toBe("conflict")
  })
})

describe("isIdentityExistsError", () => {
  it("recognises the backend's code for an email already registered, not its wording", () => {
    expect(
      isIdentityExistsError(
        new BackendError("Identity with email already exists", 401, "identity_exists", [])
      )
    ).toBe(true)
    expect(
      isIdentityExistsError(new BackendError("Cet e-mail existe déjà", 401, "identity_exists", []))
    ).toBe(true)
    expect(isIdentityExistsError(failure("Identity with email already exists", 401))).toBe(false)
    expect(
      isIdentityExistsError(new BackendError("Invalid email or password", 401, "unauthorized", []))
    ).toBe(false)
  })
})

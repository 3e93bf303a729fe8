import { describe, expect, it } from "vitest"
import { newPasswordErrors, resetLinkParams, resetRequestErrors } from "./password-reset"

describe("resetRequestErrors", () => {
  it("asks for a valid email", () => {
    expect(resetRequestErrors(undefined)).toEqual({ email: "required" })
    expect(resetRequestErrors("amina@")).toEqual({ email: "email" })
    expect(resetRequestErrors("amina@example.ma")).toEqual({})
  })
})

describe("newPasswordErrors", () => {
  it("asks for a password of at least 8 characters", () => {
    expect(newPasswordErrors(null)).toEqual({ password: "required" })
    expect(newPasswordErrors("")).toEqual({ password: "required" })
    expect(newPasswordErrors("short")).toEqual({ password: "passwordShort" })
    expect(newPasswordErrors("long enough")).toEqual({})
  })
})

describe("resetLinkParams", () => {
  it("reads the emailed link's token and email, and nothing half-given or repeated", () => {
    expect(resetLinkParams({ token: "t", email: "a@b.ma" })).toEqual({ token: "t", email: "a@b.ma" })
    expect(resetLinkParams({ token: "t" })).toBeNull()
    expect(resetLinkParams({ token: "", email: "a@b.ma" })).toBeNull()
    expect(resetLinkParams({ token: ["t", "u"], email: "a@b.ma" })).toBeNull()
  })
})

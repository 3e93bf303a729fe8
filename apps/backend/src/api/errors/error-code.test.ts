import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { errorCodeFor } from "./error-code"

const { Types } = MedusaError

describe("errorCodeFor", () => {
  it("keeps a code set where the error was thrown", () => {
    expect(
      errorCodeFor({ type: Types.FORBIDDEN, message: "under review", code: ERROR_CODES.not_approved }, 403)
    ).toBe("not_approved")
    // Medusa's own codes are not ours: the status decides
    expect(errorCodeFor({ type: Types.CONFLICT, message: "x", code: "invalid_state_error" }, 409)).toBe(
      "conflict"
    )
  })

  it("names a lost lock race as busy, whatever the status", () => {
    expect(errorCodeFor({ message: "Timed-out acquiring lock." }, 500)).toBe("conflict_busy")
    expect(errorCodeFor({ message: "Failed to acquire lock for key cart_1" }, 500)).toBe("conflict_busy")
  })

  it("recognises Medusa's validation errors by their prefix, even when they speak of stock or addresses", () => {
    expect(
      errorCodeFor(
        { type: Types.INVALID_DATA, message: "Invalid request: Field 'email': not a valid email address" },
        400
      )
    ).toBe("validation_failed")
    expect(
      errorCodeFor(
        { type: Types.INVALID_DATA, message: "Invalid request: Field 'variants, 0, stock' is required" },
        400
      )
    ).toBe("validation_failed")
  })

  // the messages of Medusa core 2.21.2 that the shop tells apart; if Medusa rewords one, this fails here
  it("recognises the core checkout errors", () => {
    expect(
      errorCodeFor(
        { type: Types.NOT_ALLOWED, message: "Variant variant_1 does not have the required inventory" },
        400
      )
    ).toBe("out_of_stock")
    expect(
      errorCodeFor({ type: Types.NOT_ALLOWED, message: "Not enough stock available for item iitem_1" }, 400)
    ).toBe("out_of_stock")
    expect(
      errorCodeFor(
        {
          type: Types.INVALID_DATA,
          message: "No shipping method selected but the cart contains items that require shipping.",
        },
        400
      )
    ).toBe("shipping_required")
    expect(
      errorCodeFor(
        { type: Types.INVALID_DATA, message: "Payment sessions are required to complete cart" },
        400
      )
    ).toBe("payment_failed")
    expect(errorCodeFor({ type: Types.PAYMENT_AUTHORIZATION_ERROR, message: "declined" }, 422)).toBe(
      "payment_failed"
    )
    expect(
      errorCodeFor(
        { type: Types.INVALID_DATA, message: "Country with code us is not within region Maroc" },
        400
      )
    ).toBe("address_invalid")
  })

  it("recognises a registration for an email that already has a login", () => {
    expect(
      errorCodeFor({ type: Types.UNAUTHORIZED, message: "Identity with email already exists" }, 401)
    ).toBe("identity_exists")
    expect(errorCodeFor({ type: Types.UNAUTHORIZED, message: "Invalid email or password" }, 401)).toBe(
      "unauthorized"
    )
  })

  it("falls back on the status, and never explains a server error from its message", () => {
    expect(errorCodeFor({ type: Types.NOT_FOUND, message: "Cart with id cart_1 was not found" }, 404)).toBe(
      "not_found"
    )
    expect(errorCodeFor({ type: Types.FORBIDDEN, message: "Only the owner" }, 403)).toBe("forbidden")
    expect(errorCodeFor({ type: Types.CONFLICT, message: "already a member" }, 409)).toBe("conflict")
    expect(errorCodeFor({ type: Types.DUPLICATE_ERROR, message: "already exists" }, 422)).toBe(
      "already_exists"
    )
    expect(errorCodeFor({ type: Types.NOT_ALLOWED, message: "You cannot remove yourself" }, 400)).toBe(
      "invalid_request"
    )
    expect(errorCodeFor({ message: "too many" }, 429)).toBe("rate_limited")
    expect(errorCodeFor({ type: Types.UNEXPECTED_STATE, message: "payment provider down" }, 500)).toBe(
      "unknown_error"
    )
  })
})

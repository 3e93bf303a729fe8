import { describe, expect, it } from "vitest"
import { BackendError } from "@/lib/util/http-error"
import { shopErrorCode } from "./errors"

describe("shopErrorCode", () => {
  it("says what went wrong in the shopper's terms, from the backend's code", () => {
    expect(shopErrorCode(new TypeError("fetch failed"))).toBe("network")
    expect(
      shopErrorCode(new BackendError("Variant variant_1 lacks inventory", 400, "out_of_stock", []))
    ).toBe("outOfStock")
    expect(shopErrorCode(new BackendError("No shipping method selected", 400, "shipping_required", []))).toBe(
      "shipping"
    )
    expect(shopErrorCode(new BackendError("Payment sessions are required", 400, "payment_failed", []))).toBe(
      "payment"
    )
    expect(
      shopErrorCode(new BackendError("Country us is not within region", 400, "address_invalid", []))
    ).toBe("address")
    expect(shopErrorCode(new BackendError("conflict", 409, "conflict", []))).toBe("busy")
    expect(shopErrorCode(new BackendError("Try again in a moment", 409, "conflict_busy", []))).toBe("busy")
    expect(shopErrorCode(new BackendError("Cart with id cart_1 was not found", 404, "not_found", []))).toBe(
      "cartGone"
    )
    expect(shopErrorCode(new BackendError("boom", 500, "unknown_error", []))).toBe("unknown")
  })

  it("never reads the wording: a reworded message keeps its meaning, a stock-sounding one gains none", () => {
    expect(shopErrorCode(new BackendError("Plus rien en réserve", 400, "out_of_stock", []))).toBe(
      "outOfStock"
    )
    expect(shopErrorCode(new BackendError("Not enough stock available", 400, "invalid_request", []))).toBe(
      "notAccepted"
    )
  })

  it("marks an address that fails validation as an address problem", () => {
    const invalid = new BackendError("Invalid request", 400, "validation_failed", [
      { path: "shipping_address.country_code", message: "Required" },
    ])
    expect(shopErrorCode(invalid)).toBe("address")
    expect(shopErrorCode(new BackendError("Invalid request", 400, "validation_failed", []))).toBe(
      "notAccepted"
    )
  })

  it("falls back on the status when an answer has no code", () => {
    expect(shopErrorCode({ status: 401, message: "Unauthorized" })).toBe("sessionExpired")
    expect(shopErrorCode({ status: 404 })).toBe("cartGone")
    expect(shopErrorCode({ status: 409 })).toBe("busy")
    expect(shopErrorCode({ status: 502 })).toBe("unknown")
    expect(shopErrorCode({ status: 400 })).toBe("notAccepted")
  })
})

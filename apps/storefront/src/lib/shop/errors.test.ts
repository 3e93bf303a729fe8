import { describe, expect, it } from "vitest"
import { shopErrorCode } from "./errors"

describe("shopErrorCode", () => {
  it("says what went wrong in the shopper's terms", () => {
    expect(shopErrorCode(new TypeError("fetch failed"))).toBe("network")
    expect(
      shopErrorCode({ status: 400, message: "Variant variant_1 does not have the required inventory" })
    ).toBe("outOfStock")
    expect(shopErrorCode({ status: 400, message: "Not enough stock available for item iitem_1" })).toBe(
      "outOfStock"
    )
    expect(
      shopErrorCode({
        status: 400,
        message: "No shipping method selected but the cart contains items that require shipping.",
      })
    ).toBe("shipping")
    expect(shopErrorCode({ status: 400, message: "Payment sessions are required to complete cart" })).toBe(
      "payment"
    )
    expect(shopErrorCode({ status: 400, message: "Country with code us is not within region Maroc" })).toBe(
      "address"
    )
    expect(shopErrorCode({ status: 409, message: "The cart is being completed" })).toBe("busy")
    expect(shopErrorCode({ status: 404, message: "Cart with id cart_1 was not found" })).toBe("cartGone")
    expect(shopErrorCode({ status: 401, message: "Unauthorized" })).toBe("sessionExpired")
    expect(shopErrorCode({ status: 500, message: "boom" })).toBe("unknown")
  })
})

import { describe, expect, it } from "vitest"
import { isOrderAccessToken, orderAccessToken } from "./order-access-token"

describe("order access token", () => {
  it("is stable per order and secret, and different for another order or secret", () => {
    const token = orderAccessToken("secret-a", "order_1")
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(orderAccessToken("secret-a", "order_1")).toBe(token)
    expect(orderAccessToken("secret-a", "order_2")).not.toBe(token)
    expect(orderAccessToken("secret-b", "order_1")).not.toBe(token)
  })

  it("accepts only the order's own token", () => {
    const token = orderAccessToken("secret-a", "order_1")
    expect(isOrderAccessToken("secret-a", "order_1", token)).toBe(true)
    expect(isOrderAccessToken("secret-a", "order_2", token)).toBe(false)
    expect(isOrderAccessToken("secret-a", "order_1", token.slice(1))).toBe(false)
    expect(isOrderAccessToken("secret-a", "order_1", undefined)).toBe(false)
    expect(isOrderAccessToken("secret-a", "order_1", ["x"])).toBe(false)
  })
})

import { describe, expect, it } from "vitest"
import { addPlacedOrder, parsePlacedOrders, placedOrderSecret } from "./cookies"

describe("placed orders cookie", () => {
  it("keeps order ids only, each once, newest last, at most ten", () => {
    expect(parsePlacedOrders("order_A,<script>,order_B")).toEqual(["order_A", "order_B"])
    expect(addPlacedOrder("order_A,order_B", "order_A")).toBe("order_B,order_A")
    const many = Array.from({ length: 10 }, (_, i) => `order_${i}`).join(",")
    expect(parsePlacedOrders(addPlacedOrder(many, "order_new"))).toHaveLength(10)
    expect(addPlacedOrder(many, "order_new").endsWith("order_new")).toBe(true)
  })

  it("keeps each order's secret beside its id", () => {
    const value = addPlacedOrder(addPlacedOrder(undefined, "order_A", "sec-A_1"), "order_B")
    expect(parsePlacedOrders(value)).toEqual(["order_A", "order_B"])
    expect(placedOrderSecret(value, "order_A")).toBe("sec-A_1")
    expect(placedOrderSecret(value, "order_B")).toBeUndefined()
    expect(placedOrderSecret("order_A:bad secret", "order_A")).toBeUndefined()
    expect(addPlacedOrder(value, "order_A", "sec-A_2")).toBe("order_B,order_A:sec-A_2")
  })
})

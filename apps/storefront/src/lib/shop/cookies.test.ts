import { describe, expect, it } from "vitest"
import { addPlacedOrder, parsePlacedOrders } from "./cookies"

describe("placed orders cookie", () => {
  it("keeps order ids only, each once, newest last, at most ten", () => {
    expect(parsePlacedOrders("order_A,<script>,order_B")).toEqual(["order_A", "order_B"])
    expect(addPlacedOrder("order_A,order_B", "order_A")).toBe("order_B,order_A")
    const many = Array.from({ length: 10 }, (_, i) => `order_${i}`).join(",")
    expect(parsePlacedOrders(addPlacedOrder(many, "order_new"))).toHaveLength(10)
    expect(addPlacedOrder(many, "order_new").endsWith("order_new")).toBe(true)
  })
})

import { describe, expect, inject, it } from "vitest"
import { ordersOfCart, setAvailable, sql, stockOf } from "../support/database"
import type { Answer } from "../support/http"
import { complete, completeAsShopper, freshVariant, inBatches, readyCart } from "../support/shop"

const backendUrl = inject("backendUrl")
const serverUrls = inject("serverUrls")

describe("checkouts on two servers", () => {
  it("sells the last 5 units to 5 of 20 concurrent shoppers spread over both servers; the others are told it is out of stock", async () => {
    const variant = await freshVariant(backendUrl)
    const carts = await inBatches(
      4,
      Array.from({ length: 20 }, () => () => readyCart(backendUrl, [variant.variantId]))
    )
    const before = await setAvailable(variant.variantId, 5)

    // shopper i completes on server i % 2, all at once
    const seen: Answer[] = []
    const answers = await Promise.all(
      carts.map((cartId, index) => completeAsShopper(serverUrls[index % serverUrls.length], cartId, seen))
    )

    const ordersPerServer = serverUrls.map(
      (_, server) =>
        answers.filter((answer, index) => index % serverUrls.length === server && answer.status === 200)
          .length
    )
    console.log(
      `[checkout] 20 shoppers, 5 units: orders per server ${ordersPerServer.join(" + ")}, ` +
        `${seen.filter((answer) => answer.status === 409).length} "try again" (409) answers on the way`
    )
    expect(seen.filter((answer) => answer.status >= 500).map((answer) => answer.data)).toEqual([])
    const orders = answers.filter((answer) => answer.status === 200 && answer.data.type === "order")
    const refused = answers.filter((answer) => answer.status !== 200)
    expect(orders).toHaveLength(5)
    expect(refused).toHaveLength(15)
    for (const answer of refused) {
      expect(answer.status).toBe(400)
      expect(answer.data.message).toMatch(/stock|inventory/i)
    }
    expect(await stockOf(variant.variantId)).toEqual({
      stocked: before.stocked,
      reserved: before.reserved + 5,
    })
    const [{ count }] = await sql<{ count: number }>(
      "select count(*)::int as count from order_cart where cart_id = any($1) and deleted_at is null",
      [carts]
    )
    expect(count).toBe(5)
  })

  it("gives each of 64 shoppers buying the same well-stocked products of two cooperatives at once their order, first time", async () => {
    const first = await freshVariant(backendUrl)
    const second = await freshVariant(backendUrl)
    const started = Date.now()
    const carts = await inBatches(
      8,
      Array.from({ length: 64 }, () => () => readyCart(backendUrl, [first.variantId, second.variantId]))
    )
    const before = [await setAvailable(first.variantId, 100), await setAvailable(second.variantId, 100)]
    const ready = Date.now()

    // one attempt each, as a shopper who presses "Place order" once: there is stock for everyone, so
    // waiting in the queue for the products' stock lock must never turn into a refusal. The last of
    // 64 waits for 63 reservations (minutes on a loaded 2-core machine), hence the long timeout.
    const answers = await Promise.all(
      carts.map((cartId, index) => complete(serverUrls[index % serverUrls.length], cartId, 280_000))
    )
    console.log(
      `[checkout] 64 shoppers, same 2 products: carts ready in ${Math.round((ready - started) / 1000)} s, ` +
        `all completed in ${Math.round((Date.now() - ready) / 1000)} s`
    )

    expect(answers.filter((answer) => answer.status !== 200).map((answer) => answer.data)).toEqual([])
    expect(new Set(answers.map((answer) => answer.data.order.id)).size).toBe(64)
    // each unit sold once: 64 reserved of each product, none lost to a race between the servers
    expect(await stockOf(first.variantId)).toEqual({
      stocked: before[0].stocked,
      reserved: before[0].reserved + 64,
    })
    expect(await stockOf(second.variantId)).toEqual({
      stocked: before[1].stocked,
      reserved: before[1].reserved + 64,
    })
  }, 600_000)

  it("makes one order of a cart completed on both servers at the same moment", async () => {
    const cartId = await readyCart(backendUrl, [
      (await freshVariant(backendUrl)).variantId,
      (await freshVariant(backendUrl)).variantId,
    ])
    const answers = await Promise.all(
      serverUrls.flatMap((url) => [complete(url, cartId), complete(url, cartId)])
    )

    const ok = answers.filter((answer) => answer.status === 200)
    expect(ok.length).toBeGreaterThanOrEqual(1)
    expect(new Set(ok.map((answer) => answer.data.order.id)).size).toBe(1)
    // a completion arriving while the other runs is told so (409), never given a second order
    expect(answers.filter((answer) => answer.status !== 200).map((answer) => answer.status)).toEqual(
      answers.filter((answer) => answer.status !== 200).map(() => 409)
    )
    const orders = await ordersOfCart(cartId)
    expect(orders).toHaveLength(1)
    const parts = await sql("select id from vendor_order where order_id = $1 and deleted_at is null", [
      orders[0],
    ])
    expect(parts).toHaveLength(2)
  })
})

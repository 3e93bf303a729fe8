import Redis from "ioredis"
import pg from "pg"
import { describe, expect, inject, it } from "vitest"
import { exited, kill, start, control } from "../support/control"
import { ordersOfCart, setAvailable, sql, stockOf } from "../support/database"
import { call, eventually, type Answer } from "../support/http"
import { linesInLogs } from "../support/logs"
import { isScheduled } from "../support/redis"
import { complete, completeAsShopper, freshVariant, inBatches, readyCart } from "../support/shop"

const backendUrl = inject("backendUrl")
const [server1, server2] = inject("serverUrls")
const store = { "x-publishable-api-key": inject("publishableKey") }

/** Every server answers its readiness check again. */
async function allReady(timeoutMs = 60_000) {
  for (const url of inject("serverUrls")) {
    await eventually(
      `${url} ready`,
      async () => (await call(url, "GET", "/health/ready")).status === 200,
      timeoutMs
    )
  }
}

describe("faults", () => {
  it("drains in-flight requests on SIGTERM before the server exits, while the load balancer sends the rest elsewhere", async () => {
    const cartId = await readyCart(backendUrl, [(await freshVariant(backendUrl)).variantId])
    // hold the cart's row so that an update of it stays in flight as long as we want
    const holder = new pg.Client({ connectionString: inject("databaseUrl") })
    await holder.connect()
    await holder.query("begin")
    await holder.query("select id from cart where id = $1 for update", [cartId])
    let inFlight: Promise<Answer> | undefined
    try {
      inFlight = call(server2, "POST", `/store/carts/${cartId}`, {
        headers: store,
        body: { email: "drained@example.ma" },
      })
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      await kill("server-2", "SIGTERM")
      await new Promise((resolve) => setTimeout(resolve, 1_500))

      // still finishing its request, but taking no new ones; the load balancer serves from server-1
      const during = await Promise.all(
        Array.from({ length: 6 }, () => call(backendUrl, "GET", "/store/regions", { headers: store }))
      )
      expect(during.map((answer) => [answer.status, answer.servedBy])).toEqual(
        during.map(() => [200, "server-1"])
      )
      await expect(fetch(`${server2}/health`)).rejects.toThrow()
    } finally {
      await holder.query("rollback")
      await holder.end()
    }
    try {
      const answer = await inFlight!
      expect(answer.status).toBe(200)
      expect(answer.data.cart.email).toBe("drained@example.ma")
      await exited("server-2")
      expect(linesInLogs("Gracefully shutting down server")["server-2"]).toBeGreaterThanOrEqual(1)
    } finally {
      await start("server-2")
    }
    await allReady()
  })

  it("writes no half order when a server is killed in the middle of checkouts; the retry on the other server succeeds", async () => {
    const variant = await freshVariant(backendUrl)
    const carts = await inBatches(
      4,
      Array.from({ length: 8 }, () => () => readyCart(backendUrl, [variant.variantId]))
    )
    await setAvailable(variant.variantId, 50)

    try {
      await checkoutsCutBySigkill(variant.variantId, carts)
    } finally {
      // the other tests need both servers, whatever happens here
      await start("server-1")
    }
    await allReady()
  })

  it("completes the retry of a completion killed mid-way within seconds, with one order", async () => {
    const variant = await freshVariant(backendUrl)
    const cartId = await readyCart(backendUrl, [variant.variantId])
    await setAvailable(variant.variantId, 10)
    const redis = new Redis(inject("redisUrl"), { maxRetriesPerRequest: 1 })
    // hold the product's stock row so that the completion stops half-way, holding the cart's lock
    // (and the stock lock), until its server is killed
    const holder = new pg.Client({ connectionString: inject("databaseUrl") })
    await holder.connect()
    let retried: Answer | undefined
    let waited = 0
    try {
      await holder.query("begin")
      await holder.query(
        `select id from inventory_level where inventory_item_id in
           (select inventory_item_id from product_variant_inventory_item where variant_id = $1) for update`,
        [variant.variantId]
      )
      const cut = complete(server1, cartId).catch((error: Error) => error)
      await eventually(
        "the cart locked by its completion",
        async () => redis.exists(`bazaar_lock:${cartId}`),
        60_000
      )
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      await kill("server-1", "SIGKILL")
      await exited("server-1")
      await holder.query("rollback")
      expect(await cut).toBeInstanceOf(Error)
      // what made the retry wait 2 minutes: the dead server's lock on the cart is still there
      expect(await redis.exists(`bazaar_lock:${cartId}`)).toBe(1)

      // one press of "Place order" again, on the other server
      const started = Date.now()
      retried = await complete(server2, cartId)
      waited = Date.now() - started
    } finally {
      await holder.end().catch(() => undefined)
      redis.disconnect()
      await start("server-1")
    }
    console.log(
      `[faults] the retry of a completion killed mid-way answered ${retried!.status} after ${waited} ms`
    )
    expect(retried!.status).toBe(200)
    // the cart's lock lapses 10 s after its server died, the stock lock 15 s after (their leases)
    expect(waited).toBeLessThan(25_000)
    expect(await ordersOfCart(cartId)).toEqual([retried!.data.order.id])
    await allReady()
  })

  /** Completes `carts` on server-1, SIGKILLs it meanwhile, retries the cut ones on server-2 and checks what was written. */
  async function checkoutsCutBySigkill(variantId: string, carts: string[]) {
    const first = carts.map((cartId) => complete(server1, cartId).catch((error: Error) => error))
    await new Promise((resolve) => setTimeout(resolve, 400))
    await kill("server-1", "SIGKILL")
    await exited("server-1")
    const outcomes = await Promise.all(first)
    const cut = carts.filter(
      (_, index) => !("status" in outcomes[index]) || (outcomes[index] as Answer).status !== 200
    )

    // each shopper whose answer was lost tries again, now on the other server
    const started = Date.now()
    const seen: Answer[] = []
    const retries = await Promise.all(cut.map((cartId) => completeAsShopper(server2, cartId, seen)))
    console.log(
      `[faults] ${carts.length - cut.length} completed before the kill, ${cut.length} retried on server-2 in ${Date.now() - started} ms`
    )
    expect(seen.filter((answer) => answer.status >= 500).map((answer) => answer.data)).toEqual([])
    expect(retries.map((answer) => answer.status)).toEqual(cut.map(() => 200))

    // one order per cart, each split (one part: one cooperative), and one reservation per order
    for (const cartId of carts) {
      const orders = await ordersOfCart(cartId)
      expect(orders).toHaveLength(1)
      expect(
        await sql("select id from vendor_order where order_id = $1 and deleted_at is null", [orders[0]])
      ).toHaveLength(1)
    }
    // and no order written beside them (e.g. by a completion cut half-way)
    const [{ orders, orderless }] = await sql<{ orders: number; orderless: number }>(
      `select count(*)::int as orders,
         count(*) filter (where not exists (
           select 1 from order_cart oc where oc.order_id = o.id and oc.deleted_at is null))::int as orderless
       from "order" o where o.deleted_at is null and o.email in (select email from cart where id = any($1))`,
      [carts]
    )
    expect({ orders, orderless }).toEqual({ orders: carts.length, orderless: 0 })
    // Logged rather than asserted: a completion killed after reserving stock can leave stock reserved
    // for no order (seen in 3 of 5 runs: 9 reservations, or a reserved count of 9 to 11, for 8
    // orders). The worker's release-orphan-reservations job gives it back after 15 minutes
    // (apps/backend/integration-tests/http/checkout.spec.ts proves it), longer than this test waits.
    const reservations = await sql(
      `select ri.id, ri.line_item_id, ri.quantity::int as quantity, oi.order_id, o.deleted_at as order_deleted_at,
         oc.cart_id from reservation_item ri
       left join order_item oi on oi.item_id = ri.line_item_id and oi.deleted_at is null
       left join "order" o on o.id = oi.order_id
       left join order_cart oc on oc.order_id = o.id and oc.deleted_at is null
       where ri.deleted_at is null and ri.inventory_item_id in
         (select inventory_item_id from product_variant_inventory_item where variant_id = $1)`,
      [variantId]
    )
    const level = await stockOf(variantId)
    const orderOfReservation = reservations.map((row) => Boolean(row.cart_id && carts.includes(row.cart_id)))
    if (
      reservations.length !== carts.length ||
      level.reserved !== carts.length ||
      orderOfReservation.includes(false)
    ) {
      console.warn(
        `[faults] stuck stock after the crash: reserved ${level.reserved} for ${carts.length} orders; reservations:\n` +
          reservations.map((row) => `  ${JSON.stringify(row)}`).join("\n")
      )
    }
    // every order holds its reservation
    expect(new Set(reservations.filter((row) => row.cart_id).map((row) => row.cart_id))).toEqual(
      new Set(carts)
    )
  }

  it("handles the events published while the worker was down once it is back, and none twice", async () => {
    await kill("worker", "SIGKILL")
    await exited("worker")
    const email = `worker-down-${Date.now()}@example.ma`
    const confirmations = () =>
      sql("select id from notification where template = 'order-confirmation' and \"to\" = $1", [email])
    let orderId: string
    try {
      const cartId = await readyCart(backendUrl, [(await freshVariant(backendUrl)).variantId], email)
      const placed = await completeAsShopper(backendUrl, cartId)
      expect(placed.status).toBe(200)
      orderId = placed.data.order.id
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      expect(await confirmations()).toHaveLength(0)
    } finally {
      await start("worker")
    }
    await eventually(
      "the confirmation after the worker's restart",
      async () => (await confirmations()).length > 0,
      60_000
    )
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(await confirmations()).toHaveLength(1)
    expect(linesInLogs(`Sending the confirmation of order ${orderId}`)).toEqual({
      "server-1": 0,
      "server-2": 0,
      worker: 1,
    })
  })

  it("recovers from a Redis restart without restarting itself", async () => {
    expect(await isScheduled("job-search-catch-up")).toBe(true)
    await control("/redis/restart")
    await allReady(30_000)
    // kept on disk: the scheduled jobs still run (a Redis that lost its data would have stopped them)
    expect(await isScheduled("job-search-catch-up")).toBe(true)
    const email = `redis-restart-${Date.now()}@example.ma`
    const cartId = await readyCart(backendUrl, [(await freshVariant(backendUrl)).variantId], email)
    const placed = await completeAsShopper(backendUrl, cartId)
    expect(placed.status).toBe(200)
    await eventually(
      "the confirmation after Redis's restart",
      async () =>
        (
          await sql("select id from notification where template = 'order-confirmation' and \"to\" = $1", [
            email,
          ])
        ).length === 1,
      60_000
    )
  })

  it("answers 503 at most briefly when PostgreSQL drops the connections, then recovers", async () => {
    const [{ count }] = await sql<{ count: number }>(
      `select count(pg_terminate_backend(pid))::int as count from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid()`
    )
    expect(count).toBeGreaterThan(0)
    const dropped = Date.now()
    const statuses: { at: number; status: number }[] = []
    await eventually(
      "every server serving again",
      async () => {
        const answers = await Promise.all(
          inject("serverUrls").map((url) => call(url, "GET", "/store/regions", { headers: store }))
        )
        statuses.push(...answers.map((answer) => ({ at: Date.now() - dropped, status: answer.status })))
        return answers.every((answer) => answer.status === 200)
      },
      30_000
    )
    console.log(
      `[faults] after dropping ${count} connections: ${statuses.map((s) => `${s.status}@${s.at}ms`).join(" ")}`
    )
    await allReady(10_000)
    const cartId = await readyCart(backendUrl, [(await freshVariant(backendUrl)).variantId])
    expect((await completeAsShopper(backendUrl, cartId)).status).toBe(200)
  })
})

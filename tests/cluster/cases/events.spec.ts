import { describe, expect, inject, it } from "vitest"
import { MEMBER_TIFAWIN, signIn, STAFF } from "../support/accounts"
import { sql } from "../support/database"
import { call, eventually } from "../support/http"
import { linesInLogs } from "../support/logs"
import { scheduledRuns } from "../support/redis"
import { completeAsShopper, expectOk, freshVariant, readyCart } from "../support/shop"

const backendUrl = inject("backendUrl")

describe("events and scheduled jobs with two servers up", () => {
  it("handles an order's events once, on the worker: one split, one confirmation, one sale per delivered part", async () => {
    const argan = await freshVariant(backendUrl, MEMBER_TIFAWIN.vendor)
    const other = await freshVariant(backendUrl)
    const email = `events-${Date.now()}@example.ma`
    const cartId = await readyCart(backendUrl, [argan.variantId, other.variantId], email)
    const placed = await completeAsShopper(backendUrl, cartId)
    expect(placed.status).toBe(200)
    const orderId: string = placed.data.order.id

    const parts = await sql<{ id: string; vendor_id: string }>(
      "select id, vendor_id from vendor_order where order_id = $1 and deleted_at is null",
      [orderId]
    )
    expect(parts).toHaveLength(2)

    const confirmations = () =>
      sql("select id from notification where template = 'order-confirmation' and \"to\" = $1", [email])
    await eventually("the order confirmation", async () => (await confirmations()).length > 0)
    // time for a second delivery of the event, if there were one
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(await confirmations()).toHaveLength(1)
    expect(linesInLogs(`Sending the confirmation of order ${orderId}`)).toEqual({
      "server-1": 0,
      "server-2": 0,
      worker: 1,
    })

    // the cooperative delivers its part: what it is owed is written once, for that part only
    const member = await signIn("vendor", MEMBER_TIFAWIN)
    const { data: mine } = await expectOk(call(backendUrl, "GET", "/vendor/orders", { headers: member }))
    // members never see the parent order's id: their part is one of this order's parts
    const part = mine.orders.find((order: any) => parts.some((row) => row.id === order.id))
    expect(part).toBeDefined()
    await expectOk(call(backendUrl, "POST", `/vendor/orders/${part.id}/ship`, { headers: member, body: {} }))
    await expectOk(
      call(backendUrl, "POST", `/vendor/orders/${part.id}/deliver`, { headers: member, body: {} })
    )
    const entries = await sql<{ vendor_order_id: string; type: string }>(
      "select vendor_order_id, type from ledger_entry where vendor_order_id = any($1) and deleted_at is null",
      [parts.map((row) => row.id)]
    )
    expect(entries).toEqual([{ vendor_order_id: part.id, type: "sale" }])
  })

  it("updates the search index, on the worker, when a product is saved through the load balancer", async () => {
    const variant = await freshVariant(backendUrl)
    const staff = await signIn("user", STAFF)
    const marker = `grenadine${Date.now().toString(36).replace(/[0-9]/g, "")}`
    const { data } = await expectOk(
      call(backendUrl, "GET", `/admin/products/${variant.productId}`, { headers: staff })
    )
    await expectOk(
      call(backendUrl, "POST", `/admin/products/${variant.productId}`, {
        headers: staff,
        body: { title: `${data.product.title} ${marker}` },
      })
    )
    const found = await eventually("the saved product in search", async () => {
      const { data: results } = await call(backendUrl, "POST", "/store/search", {
        headers: { "x-publishable-api-key": inject("publishableKey") },
        body: { entity: "product", filters: { q: marker }, pagination: { take: 3 } },
      })
      const handles = results.results?.[0]?.hits?.map((hit: any) => hit.document.handle) ?? []
      return handles.includes(variant.handle) && handles
    })
    expect(found).toEqual([variant.handle])
  })

  it("runs a scheduled job once per period although two servers are up", async () => {
    // the search catch-up job runs every minute; the cluster has been up since the suite started
    const runs = await eventually(
      "a run of the search catch-up job",
      async () => {
        const found = await scheduledRuns("job-search-catch-up")
        return found.length > 0 && found
      },
      90_000
    )
    const minutes = runs.map((run) => Math.floor(run.scheduledFor / 60_000))
    expect(new Set(minutes).size).toBe(runs.length)
    const upForMinutes = (Date.now() - inject("startedAt")) / 60_000
    expect(runs.length).toBeLessThanOrEqual(Math.ceil(upForMinutes) + 1)
  })
})

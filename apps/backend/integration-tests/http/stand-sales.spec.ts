import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { products as seedProducts } from "../../src/scripts/seed-data/products"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/constants"
import { COD_PROVIDER_ID } from "../../src/modules/cod"
import { BAZAAR_EVENT_MODULE } from "../../src/modules/bazaar-event"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import { eventually } from "./helpers/orders"

const never = { validateStatus: () => true }
const DAY = 24 * 60 * 60 * 1000

// two cooperatives of the demo data with well-stocked products: one at the running bazaar, one not
const stocked = new Map<string, { handle: string; sku: string; price_mad: number }[]>()
for (const product of seedProducts) {
  const variant = [...product.variants].sort((a, b) => b.stock - a.stock)[0]
  if (variant.stock >= 5) {
    stocked.set(product.vendor, [
      ...(stocked.get(product.vendor) ?? []),
      { handle: product.handle, sku: variant.sku, price_mad: variant.price_mad },
    ])
  }
}
const [vendorAHandle, vendorBHandle] = [...stocked.entries()]
  .sort((a, b) => b[1].length - a[1].length)
  .map(([handle]) => handle)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let morocco: { id: string }
    let runningEventId: string
    let upcomingEventId: string
    let memberA: { token: string; vendor: any }
    let memberB: { token: string; vendor: any }
    let counter = 0
    let keyCounter = 0

    const store = () => ({ headers, ...never })
    const auth = (token: string, extra: Record<string, string> = {}) => ({
      headers: { authorization: `Bearer ${token}`, ...extra },
      ...never,
    })
    const newKey = () => `stand-test-${Date.now()}-${++keyCounter}`

    async function graph(entity: string, fields: string[], filters: Record<string, unknown>) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity, fields, filters } as never)
      return data as any[]
    }

    /** A member login for a seeded cooperative (the seed creates none). */
    async function memberToken(vendorHandle: string) {
      const container = getContainer()
      const vendorService = container.resolve("vendor") as any
      const [vendor] = await vendorService.listVendors({ handle: vendorHandle })
      const email = `stand-${vendorHandle}-${++counter}@example.ma`
      const password = "stand-test-2026"
      const authService = container.resolve(Modules.AUTH)
      const { authIdentity } = await authService.register("emailpass", { body: { email, password } } as never)
      const member = await vendorService.createVendorMembers({
        vendor_id: vendor.id,
        email,
        first_name: "Fatima",
        last_name: "Ait Ali",
        role: "owner",
      })
      await authService.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { vendor_id: member.id } })
      const login = await api.post("/auth/vendor/emailpass", { email, password }, never)
      expect(login.status).toBe(200)
      return { token: login.data.token as string, vendor }
    }

    /** A variant of a cooperative's (the n-th stocked product), with its stock item and level. */
    async function variantOf(vendorHandle: string, n: number) {
      const product = stocked.get(vendorHandle)![n]
      const [variant] = await graph("product_variant", ["id", "inventory_items.inventory_item_id"], {
        sku: product.sku,
      })
      const inventoryItemId = variant.inventory_items[0].inventory_item_id as string
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const level = async () => {
        const [row] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
        return row
      }
      const setStock = async (quantity: number) => {
        const row = await level()
        await inventory.updateInventoryLevels([
          { inventory_item_id: inventoryItemId, location_id: row.location_id, stocked_quantity: quantity },
        ])
      }
      return { id: variant.id as string, price: product.price_mad, level, setStock, handle: product.handle }
    }

    /** A Moroccan cart for one unit with cash on delivery and the delivery `code` (home delivery), ready to complete. */
    async function readyCart(variantId: string, code = "home-delivery") {
      const created = await api.post(
        "/store/carts",
        {
          region_id: morocco.id,
          email: "amina@example.ma",
          items: [{ variant_id: variantId, quantity: 1 }],
          shipping_address: {
            first_name: "Amina",
            last_name: "El Idrissi",
            address_1: "12 derb Sidi Bouloukat",
            city: "Marrakech",
            country_code: "ma",
            phone: "+212612345678",
          },
        },
        store()
      )
      expect(created.status, JSON.stringify(created.data)).toBe(200)
      const cartId = created.data.cart.id
      const grouped = await api.get(`/store/carts/${cartId}/vendor-shipping-options`, store())
      const option_ids = grouped.data.vendors.map(
        (group: any) => group.shipping_options.find((o: any) => o.type.code === code).id
      )
      const added = await api.post(`/store/carts/${cartId}/vendor-shipping-methods`, { option_ids }, store())
      expect(added.status, JSON.stringify(added.data)).toBe(200)
      const collection = await api.post("/store/payment-collections", { cart_id: cartId }, store())
      const session = await api.post(
        `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
        { provider_id: COD_PROVIDER_ID },
        store()
      )
      expect(session.status).toBe(200)
      return cartId as string
    }

    const sell = (token: string, body: Record<string, unknown>, key?: string) =>
      api.post(
        "/vendor/stand-sales",
        { event_id: runningEventId, payment: "cash", ...body },
        auth(token, key ? { "idempotency-key": key } : {})
      )

    /** A stand sale of cooperative A's and an online order of B's, delivered: a sale on each side. */
    async function sellOnEachSide() {
      const variantA = await variantOf(vendorAHandle, 0)
      await variantA.setStock(10)
      const standSale = await sell(
        memberA.token,
        { items: [{ variant_id: variantA.id, quantity: 2 }] },
        newKey()
      )
      expect(standSale.status, JSON.stringify(standSale.data)).toBe(201)
      const variantB = await variantOf(vendorBHandle, 1)
      const completed = await api.post(`/store/carts/${await readyCart(variantB.id)}/complete`, {}, store())
      expect(completed.data.type, JSON.stringify(completed.data)).toBe("order")
      const ledger = getContainer().resolve(LEDGER_MODULE) as any
      const [part] = await ledger.listVendorOrders({ order_id: completed.data.order.id })
      expect((await api.post(`/vendor/orders/${part.id}/deliver`, {}, auth(memberB.token))).status).toBe(200)
      return { partId: part.id as string }
    }

    beforeAll(async () => {
      const container = getContainer()
      await seed({ container, args: [] } as never)
      const [key] = await graph("api_key", ["token"], { title: STOREFRONT_KEY_TITLE })
      headers = { "x-publishable-api-key": key.token }
      const { data } = await api.get("/store/regions", store())
      morocco = data.regions.find((region: any) => region.currency_code === "mad")
      memberA = await memberToken(vendorAHandle)
      memberB = await memberToken(vendorBHandle)
      // a bazaar running now where cooperative A holds stand 3, and one to come where it holds stand 1
      const events = container.resolve(BAZAAR_EVENT_MODULE) as any
      const running = await events.createBazaarEvents({
        handle: "bazar-test-en-cours",
        name: "Bazar en cours",
        address: "Place Moulay Hassan",
        city: "Essaouira",
        starts_at: new Date(Date.now() - DAY),
        ends_at: new Date(Date.now() + DAY),
      })
      const upcoming = await events.createBazaarEvents({
        handle: "bazar-test-a-venir",
        name: "Bazar à venir",
        address: "Place Moulay Hassan",
        city: "Essaouira",
        starts_at: new Date(Date.now() + 10 * DAY),
        ends_at: new Date(Date.now() + 12 * DAY),
      })
      await events.createEventStands([
        { event_id: running.id, vendor_id: memberA.vendor.id, stand_number: "3" },
        { event_id: upcoming.id, vendor_id: memberA.vendor.id, stand_number: "1" },
      ])
      runningEventId = running.id
      upcomingEventId = upcoming.id
      // the demo seed (photos included) takes minutes on a busy machine
    }, 900_000)

    it("the past demo bazaar has stand sales, each with its ledger entry; seeding again adds none", async () => {
      const events = getContainer().resolve(BAZAAR_EVENT_MODULE) as any
      const [past] = await events.listBazaarEvents({ handle: "bazar-solidaire-tetouan" })
      const sales = await events.listStandSales({ event_id: past.id }, { relations: ["lines"] })
      expect(sales.length).toBeGreaterThan(0)
      for (const sale of sales) {
        expect(new Date(sale.created_at).getTime()).toBeGreaterThanOrEqual(new Date(past.starts_at).getTime())
        expect(sale.lines.length).toBeGreaterThan(0)
      }
      const ledger = getContainer().resolve(LEDGER_MODULE) as any
      const entries = await ledger.listLedgerEntries({
        reference: sales.map((sale: any) => `stand_sale:${sale.id}`),
      })
      expect(entries).toHaveLength(sales.length)
      for (const sale of sales) {
        const entry = entries.find((e: any) => e.reference === `stand_sale:${sale.id}`)
        expect(Number(entry.amount)).toBeCloseTo(Number(sale.total) - Number(sale.commission_amount), 2)
      }
      await seed({ container: getContainer(), args: [] } as never)
      expect(await events.listStandSales({ event_id: past.id })).toHaveLength(sales.length)
    })

    it("records a sale: stock down at once, the sale with its lines, a ledger entry with the commission", async () => {
      const variant = await variantOf(vendorAHandle, 0)
      await variant.setStock(10)
      const response = await sell(memberA.token, {
        items: [{ variant_id: variant.id, quantity: 2 }],
        payment: "card",
        buyer_phone: "06 12 34 56 78",
      })
      expect(response.status, JSON.stringify(response.data)).toBe(201)
      const sale = response.data.stand_sale
      expect(sale).toMatchObject({
        event_id: runningEventId,
        vendor_id: memberA.vendor.id,
        stand_number: "3",
        payment: "card",
        buyer_phone: "+212612345678",
        currency_code: "mad",
      })
      expect(sale.lines).toHaveLength(1)
      expect(sale.lines[0]).toMatchObject({ variant_id: variant.id, quantity: 2 })
      const total = variant.price * 2
      expect(Number(sale.total)).toBe(total)
      const rate = Number(memberA.vendor.commission_rate ?? 10)
      const commission = Math.round(total * rate) / 100
      expect(Number(sale.commission_amount)).toBeCloseTo(commission, 2)
      expect(Number((await variant.level()).stocked_quantity)).toBe(8)

      const ledger = getContainer().resolve(LEDGER_MODULE) as any
      const entries = await ledger.listLedgerEntries({ reference: `stand_sale:${sale.id}` })
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatchObject({ vendor_id: memberA.vendor.id, type: "sale", currency_code: "mad" })
      expect(Number(entries[0].amount)).toBeCloseTo(total - commission, 2)

      // the buyer's receipt went out by SMS, once
      const notifications = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: sale.id } as never)
      expect(notifications.map((n: any) => [n.channel, n.template, n.to])).toEqual([
        ["sms", "stand-sale-receipt", "+212612345678"],
      ])

      const listed = await api.get("/vendor/stand-sales", auth(memberA.token))
      expect(listed.status).toBe(200)
      expect(listed.data.stand_sales.map((s: any) => s.id)).toContain(sale.id)
      expect(listed.data.stands).toEqual([
        expect.objectContaining({ event_id: runningEventId, stand_number: "3" }),
      ])
      const others = await api.get("/vendor/stand-sales", auth(memberB.token))
      expect(others.status).toBe(200)
      expect(others.data.stand_sales.map((s: any) => s.id)).not.toContain(sale.id)
      expect(others.data.stands).toEqual([])
    })

    it("records a sale sent twice with the same key once, even at the same moment", async () => {
      const variant = await variantOf(vendorAHandle, 1)
      await variant.setStock(10)
      const key = newKey()
      const body = { items: [{ variant_id: variant.id, quantity: 1 }] }
      const [first, second] = await Promise.all([
        sell(memberA.token, body, key),
        sell(memberA.token, body, key),
      ])
      expect([first.status, second.status].sort()).toEqual([200, 201])
      expect(first.data.stand_sale.id).toBe(second.data.stand_sale.id)
      const again = await sell(memberA.token, body, key)
      expect(again.status).toBe(200)
      expect(again.data.stand_sale.id).toBe(first.data.stand_sale.id)

      expect(Number((await variant.level()).stocked_quantity)).toBe(9)
      const sales = await (getContainer().resolve(BAZAAR_EVENT_MODULE) as any).listStandSales({
        idempotency_key: key,
      })
      expect(sales).toHaveLength(1)
      const ledger = getContainer().resolve(LEDGER_MODULE) as any
      expect(await ledger.listLedgerEntries({ reference: `stand_sale:${sales[0].id}` })).toHaveLength(1)

      // another cooperative's key is its own: it never reaches this sale
      const other = await sell(memberB.token, body, key)
      expect(other.status).toBe(404)
    })

    it("sells the last unit once: a stand sale and an online order at the same moment, one wins", async () => {
      const variant = await variantOf(vendorAHandle, 2)
      await variant.setStock(1)
      const cartId = await readyCart(variant.id)
      const [checkout, standSale] = await Promise.all([
        api.post(`/store/carts/${cartId}/complete`, {}, store()),
        sell(memberA.token, { items: [{ variant_id: variant.id, quantity: 1 }] }, newKey()),
      ])
      const orderWon = checkout.status === 200 && checkout.data.type === "order"
      const standWon = standSale.status === 201
      expect(
        [orderWon, standWon].filter(Boolean),
        JSON.stringify([checkout.data, standSale.data])
      ).toHaveLength(1)
      if (standWon) {
        // the shopper gets the checkout's own answer for a sold-out product
        expect(checkout.status).toBe(400)
        expect(checkout.data.code).toBe("out_of_stock")
      } else {
        expect(standSale.status).toBe(409)
        expect(standSale.data.code).toBe("out_of_stock")
        expect(standSale.data.message).toMatch(/not enough stock/i)
      }
      const level = await variant.level()
      expect(Number(level.stocked_quantity) - Number(level.reserved_quantity)).toBe(0)
      expect(Number(level.stocked_quantity)).toBeGreaterThanOrEqual(0)
    })

    it("refuses a sale asking more than the stock, and leaves nothing behind", async () => {
      const variant = await variantOf(vendorAHandle, 3)
      await variant.setStock(2)
      const before = await (getContainer().resolve(BAZAAR_EVENT_MODULE) as any).listStandSales({})
      const response = await sell(
        memberA.token,
        { items: [{ variant_id: variant.id, quantity: 3 }] },
        newKey()
      )
      expect(response.status).toBe(409)
      expect(response.data.code).toBe("out_of_stock")
      expect(Number((await variant.level()).stocked_quantity)).toBe(2)
      const after = await (getContainer().resolve(BAZAAR_EVENT_MODULE) as any).listStandSales({})
      expect(after).toHaveLength(before.length)
    })

    it("refuses a sale outside a running event where the cooperative has a stand", async () => {
      const variant = await variantOf(vendorAHandle, 0)
      const items = [{ variant_id: variant.id, quantity: 1 }]
      const upcoming = await sell(memberA.token, { items, event_id: upcomingEventId })
      expect(upcoming.status).toBe(400)
      expect(upcoming.data.message).toMatch(/not running/)
      const unknown = await sell(memberA.token, { items, event_id: "bzev_unknown" })
      expect(unknown.status).toBe(404)
      // cooperative B has no stand at the running event
      const variantB = await variantOf(vendorBHandle, 0)
      const noStand = await sell(memberB.token, { items: [{ variant_id: variantB.id, quantity: 1 }] })
      expect(noStand.status).toBe(400)
      expect(noStand.data.message).toMatch(/no stand/)
    })

    it("answers 404 for another cooperative's variant and 400 for a body it does not take", async () => {
      const variantB = await variantOf(vendorBHandle, 0)
      const before = Number((await variantB.level()).stocked_quantity)
      const response = await sell(memberA.token, { items: [{ variant_id: variantB.id, quantity: 1 }] })
      expect(response.status).toBe(404)
      expect(response.data.code).toBe("not_found")
      expect(Number((await variantB.level()).stocked_quantity)).toBe(before)

      const variant = await variantOf(vendorAHandle, 0)
      for (const body of [
        { items: [] },
        { items: [{ variant_id: variant.id, quantity: 0 }] },
        { items: [{ variant_id: variant.id, quantity: 1 }], payment: "cheque" },
        { items: [{ variant_id: variant.id, quantity: 1 }], buyer_phone: "123" },
      ]) {
        const refused = await sell(memberA.token, body)
        expect(refused.status, JSON.stringify(body)).toBe(400)
        expect(refused.data.code).toBe("validation_failed")
      }
      const badKey = await sell(memberA.token, { items: [{ variant_id: variant.id, quantity: 1 }] }, "no")
      expect(badKey.status).toBe(400)

      const anonymous = await api.get("/vendor/stand-sales", never)
      expect(anonymous.status).toBe(401)
    })

    it("sums the impact figures from the ledger they summarise; a cooperative's page shows its own once it chooses to", async () => {
      // a stand sale, an online order delivered whose cash its cooperative kept, and a payout: every
      // side of the figures
      const { partId } = await sellOnEachSide()
      const login = await api.post(
        "/auth/user/emailpass",
        { email: "staff@bazar-solidaire.ma", password: "bazar-staff-2026" },
        never
      )
      const staff = auth(login.data.token)
      const kept = await api.post(
        "/admin/cash-remittances",
        {
          source: "kept_by_cooperative",
          reference: "KEPT-IMPACT-1",
          received_at: new Date().toISOString(),
          parts: [{ vendor_order_id: partId }],
        },
        staff
      )
      expect(kept.status, JSON.stringify(kept.data)).toBeLessThan(300)
      const { data: ledgerBalances } = await api.get("/admin/ledger/balances", staff)
      const owed = ledgerBalances.balances.find(
        (row: any) => row.currency_code === "mad" && Number(row.balance) >= 1
      )
      expect(owed, JSON.stringify(ledgerBalances)).toBeDefined()
      const payout = await api.post(
        "/admin/payouts",
        {
          vendor_id: owed.vendor_id,
          amount: 0.5,
          currency_code: "mad",
          paid_at: new Date().toISOString(),
          reference: "VIR-IMPACT-1",
          method: "bank_transfer",
        },
        staff
      )
      expect(payout.status, JSON.stringify(payout.data)).toBe(201)

      const computed = await api.post("/admin/impact", {}, staff)
      expect(computed.status, JSON.stringify(computed.data)).toBe(200)
      const figures = computed.data.impact

      // the same figures, summed straight from the tables they summarise
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const one = async (sql: string) => (await pg.raw(sql)).rows[0]
      const earned = await one(`
        SELECT SUM((raw_amount->>'value')::numeric) FILTER (
            WHERE reference NOT LIKE 'stand\\_sale:%' AND reference NOT LIKE 'cash\\_kept:%'
          )::text AS online,
          COALESCE(-SUM((raw_amount->>'value')::numeric) FILTER (WHERE reference LIKE 'cash\\_kept:%'), 0) AS kept,
          SUM((raw_amount->>'value')::numeric) FILTER (WHERE reference LIKE 'stand\\_sale:%')::text AS at_events,
          COUNT(*) FILTER (WHERE reference LIKE 'stand\\_sale:%' AND type = 'sale') AS stand_entries
        FROM ledger_entry WHERE deleted_at IS NULL AND currency_code = 'mad'`)
      const paid = await one(
        `SELECT SUM((raw_amount->>'value')::numeric)::text AS paid FROM payout WHERE deleted_at IS NULL AND currency_code = 'mad'`
      )
      const stand = await one(`
        SELECT COUNT(*) AS sales, COUNT(DISTINCT event_id) AS events,
          (SELECT SUM(quantity) FROM stand_sale_line WHERE deleted_at IS NULL) AS units
        FROM stand_sale WHERE deleted_at IS NULL`)
      const online = await one(`
        SELECT COUNT(DISTINCT v.order_id) AS orders, SUM(i.quantity) AS units
        FROM vendor_order v JOIN vendor_order_item i ON i.vendor_order_id = v.id AND i.deleted_at IS NULL
        WHERE v.deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM ledger_entry e WHERE e.vendor_order_id = v.id AND e.type = 'sale')`)

      expect(Number(figures.earned_by_cooperatives.online.mad)).toBeCloseTo(Number(earned.online), 2)
      expect(Number(figures.earned_by_cooperatives.at_events.mad)).toBeCloseTo(Number(earned.at_events), 2)
      expect(Number(figures.earned_by_cooperatives.online.mad)).toBeGreaterThan(0)
      expect(Number(earned.kept)).toBeGreaterThan(0)
      expect(Number(figures.paid_to_cooperatives.mad)).toBeCloseTo(Number(paid.paid) + Number(earned.kept), 2)
      // every stand sale has its ledger entry: the two sides of the figures tell the same story
      expect(Number(stand.sales)).toBe(Number(earned.stand_entries))
      expect(figures.orders).toEqual({ online: Number(online.orders), at_events: Number(stand.sales) })
      expect(figures.products_sold).toEqual({ online: Number(online.units), at_events: Number(stand.units) })
      expect(figures.events).toBe(Number(stand.events))
      expect(figures.cooperatives).toBeGreaterThanOrEqual(2)
      expect(figures.women_members).toBeGreaterThan(0)
      expect(figures.countries_reached).toContain("ma")

      // the shop reads the same snapshot
      const shown = await api.get("/store/impact", store())
      expect(shown.status).toBe(200)
      expect(shown.data.impact).toEqual(figures)

      // a cooperative's own figures stay off its page until it chooses to show them
      const before = await api.get(`/store/vendors/${vendorAHandle}`, store())
      expect(before.data.vendor.impact).toBeNull()
      expect(before.data.vendor).not.toHaveProperty("show_impact")
      const chosen = await api.post("/vendor/me/vendor", { show_impact: true }, auth(memberA.token))
      expect(chosen.status, JSON.stringify(chosen.data)).toBe(200)
      const ownSales = await one(
        `SELECT COUNT(*) AS sales FROM stand_sale WHERE deleted_at IS NULL AND vendor_id = '${memberA.vendor.id}'`
      )
      const after = await api.get(`/store/vendors/${vendorAHandle}`, store())
      expect(after.data.vendor.impact.orders.at_events).toBe(Number(ownSales.sales))
      expect(after.data.vendor.impact.orders.at_events).toBeGreaterThan(0)
    })

    it("reports sales by month, cooperative, region and category to staff, and each cooperative its own", async () => {
      const login = await api.post(
        "/auth/user/emailpass",
        { email: "staff@bazar-solidaire.ma", password: "bazar-staff-2026" },
        never
      )
      const staff = auth(login.data.token)
      // each test starts from the database as beforeAll left it: this one makes its own sales
      await sellOnEachSide()
      const { data, status } = await api.get("/admin/sales-report", staff)
      expect(status, JSON.stringify(data)).toBe(200)
      const report = data.report
      expect(report.by_month).toHaveLength(12)
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [standTotal] = (
        await pg.raw(
          `SELECT COALESCE(SUM((raw_total->>'value')::numeric), 0) AS total, COUNT(*) AS sales FROM stand_sale
           WHERE deleted_at IS NULL AND created_at >= ?`,
          [new Date(report.from)]
        )
      ).rows
      expect(report.totals.at_events).toBeCloseTo(Number(standTotal.total), 2)
      expect(report.totals.stand_sales).toBe(Number(standTotal.sales))
      const monthSum = report.by_month.reduce((sum: number, row: any) => sum + row.online + row.at_events, 0)
      expect(monthSum).toBeCloseTo(report.totals.online + report.totals.at_events, 2)
      const names = report.by_cooperative.map((row: any) => row.label)
      expect(names).toEqual(expect.arrayContaining([memberA.vendor.name, memberB.vendor.name]))
      expect(report.by_region.length).toBeGreaterThan(0)
      expect(report.by_category.length).toBeGreaterThan(0)
      expect(report.top_products.length).toBeGreaterThan(0)
      expect(report.delivery.parts).toBeGreaterThan(0)

      // a member reads her own cooperative's sales, never the others'
      const own = await api.get("/vendor/sales-report", auth(memberB.token))
      expect(own.status).toBe(200)
      expect(own.data.report).not.toHaveProperty("by_cooperative")
      const ownRow = report.by_cooperative.find((row: any) => row.key === memberB.vendor.id)
      expect(own.data.report.totals.online).toBeCloseTo(ownRow.online, 2)
      expect(own.data.report.totals.at_events).toBeCloseTo(ownRow.at_events, 2)

      for (const query of [
        "from=2026-13",
        "from=2026-05&to=2026-04",
        "from=2020-01&to=2026-01",
        "currency_code=usd",
      ]) {
        const refused = await api.get(`/admin/sales-report?${query}`, staff)
        expect(refused.status, query).toBe(400)
        expect(refused.data.message, query).toBeTruthy()
      }
      expect((await api.get("/vendor/sales-report", never)).status).toBe(401)
    })

    describe("pick-up at the stand", () => {
      /** The stand-pickup shipping option of a cooperative (every cooperative has one, listed or not). */
      async function standOptionOf(vendorId: string) {
        const [vendor] = await graph("vendor", ["shipping_profile.id"], { id: vendorId })
        const options = await graph("shipping_option", ["id", "type.code"], {
          shipping_profile_id: vendor.shipping_profile.id,
        })
        return options.find((option: any) => option.type?.code === "stand-pickup").id as string
      }

      /** A placed order of one unit of cooperative A's, to pick up at its stand, paid cash. */
      async function pickupOrder() {
        const variant = await variantOf(vendorAHandle, 2)
        await variant.setStock(10)
        const completed = await api.post(
          `/store/carts/${await readyCart(variant.id, "stand-pickup")}/complete`,
          {},
          store()
        )
        expect(completed.data.type, JSON.stringify(completed.data)).toBe("order")
        const ledger = getContainer().resolve(LEDGER_MODULE) as any
        const [part] = await ledger.listVendorOrders({ order_id: completed.data.order.id })
        return { order: completed.data.order, token: completed.data.order_access_token as string, part }
      }

      it("is offered for a cooperative whose stand is open for pick-up, and refused for one without", async () => {
        const [variantA, variantB] = [await variantOf(vendorAHandle, 2), await variantOf(vendorBHandle, 1)]
        const cart = await api.post(
          "/store/carts",
          {
            region_id: morocco.id,
            items: [
              { variant_id: variantA.id, quantity: 1 },
              { variant_id: variantB.id, quantity: 1 },
            ],
            shipping_address: {
              first_name: "Amina",
              address_1: "12 derb",
              city: "Tétouan",
              country_code: "ma",
            },
          },
          store()
        )
        const cartId = cart.data.cart.id
        const listed = await api.get(`/store/carts/${cartId}/vendor-shipping-options`, store())
        const groupOf = (vendorId: string) => listed.data.vendors.find((g: any) => g.vendor.id === vendorId)
        const standA = groupOf(memberA.vendor.id).shipping_options.find(
          (o: any) => o.type.code === "stand-pickup"
        )
        // A's stand at the running bazaar, not the one in ten days (pick-up opens three days before)
        expect(standA.stand_pickup).toMatchObject({
          stand_number: "3",
          event: { id: runningEventId, name: "Bazar en cours", city: "Essaouira" },
        })
        expect(standA.amount).toBe(0)
        const codesB = groupOf(memberB.vendor.id).shipping_options.map((o: any) => o.type.code)
        expect(codesB).toContain("home-delivery")
        expect(codesB).not.toContain("stand-pickup")
        const checkout = await api.get(`/store/carts/${cartId}/checkout`, store())
        const checkoutA = checkout.data.vendors.find((g: any) => g.vendor?.id === memberA.vendor.id)
        expect(checkoutA.shipping_options.map((o: any) => o.type.code)).toContain("stand-pickup")

        // B holds no stand: its pick-up option is refused by our route and by Medusa's own
        const standB = await standOptionOf(memberB.vendor.id)
        for (const attempt of [
          () => api.post(`/store/carts/${cartId}/vendor-shipping-methods`, { option_ids: [standB] }, store()),
          () => api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standB }, store()),
        ]) {
          const refused = await attempt()
          expect(refused.status).toBe(400)
          expect(refused.data.message).toContain("Pick-up at the stand of")
        }
        const chosen = await api.post(
          `/store/carts/${cartId}/vendor-shipping-methods`,
          { option_ids: [standA.id] },
          store()
        )
        expect(chosen.status, JSON.stringify(chosen.data)).toBe(200)
      })

      it("gives the shopper a code, and the member hands the part over with it", async () => {
        const { order, token, part } = await pickupOrder()
        expect(part).toMatchObject({ pickup_event_id: runningEventId, pickup_stand_number: "3" })
        expect(part.pickup_code).toMatch(/^\d{6}$/)

        // the shopper reads her code on her order, and got it by email and by SMS
        const fields =
          "+vendor_order.pickup_code,+vendor_order.pickup_stand_number,+vendor_order.pickup_event.name"
        const read = await api.get(`/store/orders/${order.id}?fields=${fields}`, {
          headers: { ...headers, "x-order-token": token },
          ...never,
        })
        expect(read.status, JSON.stringify(read.data)).toBe(200)
        expect([].concat(read.data.order.vendor_order)[0]).toMatchObject({
          pickup_code: part.pickup_code,
          pickup_stand_number: "3",
          pickup_event: { name: "Bazar en cours" },
        })
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const sent = await eventually(async () => {
          const rows = await notifications.listNotifications({ resource_id: [order.id, part.id] } as never)
          return rows.some((n: any) => n.template === "stand-pickup-code") ? rows : null
        })
        const email = sent.find((n: any) => n.template === "order-confirmation")
        expect(email.data.parts[0].pickup).toMatchObject({ stand_number: "3", code: part.pickup_code })
        const sms = sent.find((n: any) => n.template === "stand-pickup-code")
        expect(sms).toMatchObject({ channel: "sms", to: "+212612345678" })

        // the member sees where, never the code; it is not shipped or delivered without the code
        const mine = await api.get(`/vendor/orders/${part.id}`, auth(memberA.token))
        expect(mine.data.order).toMatchObject({
          pickup_stand_number: "3",
          pickup_event: { id: runningEventId },
        })
        expect(mine.data.order).not.toHaveProperty("pickup_code")
        expect(mine.data.order.ship_by).toBeNull()
        expect((await api.post(`/vendor/orders/${part.id}/deliver`, {}, auth(memberA.token))).status).toBe(
          409
        )
        expect((await api.post(`/vendor/orders/${part.id}/ship`, {}, auth(memberA.token))).status).toBe(409)

        // another cooperative cannot hand it over, even with the right code
        const other = await api.post(
          `/vendor/orders/${part.id}/pick-up`,
          { code: part.pickup_code },
          auth(memberB.token)
        )
        expect(other.status).toBe(404)
        const malformed = await api.post(
          `/vendor/orders/${part.id}/pick-up`,
          { code: "12ab" },
          auth(memberA.token)
        )
        expect(malformed.status).toBe(400)
        const wrong = String((Number(part.pickup_code) + 1) % 1_000_000).padStart(6, "0")
        const refused = await api.post(
          `/vendor/orders/${part.id}/pick-up`,
          { code: wrong },
          auth(memberA.token)
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("This is not the code")

        const handed = await api.post(
          `/vendor/orders/${part.id}/pick-up`,
          { code: `${part.pickup_code.slice(0, 3)} ${part.pickup_code.slice(3)}` },
          auth(memberA.token)
        )
        expect(handed.status, JSON.stringify(handed.data)).toBe(200)
        expect(handed.data.order.status).toBe("delivered")
        const ledger = getContainer().resolve(LEDGER_MODULE) as any
        const [delivered] = await ledger.listVendorOrders({ id: part.id })
        expect(delivered.cash_collected_at).toBeTruthy()
        expect(await ledger.listLedgerEntries({ reference: `sale:${part.id}` })).toHaveLength(1)
        const again = await api.post(
          `/vendor/orders/${part.id}/pick-up`,
          { code: part.pickup_code },
          auth(memberA.token)
        )
        expect(again.status).toBe(409)
      })

      it("locks an order after five wrong codes, even against the right one", async () => {
        const { part } = await pickupOrder()
        const wrong = String((Number(part.pickup_code) + 7) % 1_000_000).padStart(6, "0")
        const statuses: number[] = []
        for (let attempt = 0; attempt < 5; attempt++) {
          statuses.push(
            (await api.post(`/vendor/orders/${part.id}/pick-up`, { code: wrong }, auth(memberA.token))).status
          )
        }
        expect(statuses).toEqual([400, 400, 400, 400, 429])
        const locked = await api.post(
          `/vendor/orders/${part.id}/pick-up`,
          { code: part.pickup_code },
          auth(memberA.token)
        )
        expect(locked.status).toBe(429)
        expect(locked.headers["retry-after"]).toBeTruthy()
        const ledger = getContainer().resolve(LEDGER_MODULE) as any
        expect((await ledger.listVendorOrders({ id: part.id }))[0].status).toBe("pending")
      })
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import fc from "fast-check"
import { useStripeStandIn } from "./helpers/stripe"
import { orderKit, stockedProductPerVendor } from "./helpers/orders"
import { never } from "./helpers/portal"

/**
 * The ledger's invariants, proven on random histories: fast-check draws sequences of orders, shipping,
 * deliveries, refusals, cancellations, returns of items, cash remittances and payouts, runs each through the real routes
 * and workflows on PostgreSQL, and after every step compares the database with a model of what must be
 * true (docs/orders-and-money.md):
 * - stock is never negative and what is for sale is what no live part holds;
 * - each delivered part is credited once, each return taken back once for its items less commission,
 *   and nothing else is written (a return's refund is not also shared among the parts);
 * - balance = earned − awaiting remittance − paid out, and no payout goes above what was remitted;
 * - a transition the part's status does not allow is refused (409), and a double tap has one effect.
 */

const standIn = useStripeStandIn()

// two cooperatives, a product each, with little stock so that histories also run out of it
const [productA, productB] = stockedProductPerVendor()
const COOPERATIVES = [productA, productB]
const STOCK = 8

type Status = "pending" | "shipped" | "delivered" | "refused" | "canceled"
type Part = {
  id: string
  orderId: string
  vendor: number
  quantity: number
  vendorAmount: number
  total: number
  cash: boolean
  status: Status
  remitted: boolean
  /** the part's one line: its total and the commission rate, to price returns */
  lineItemId: string
  lineTotal: number
  commissionRate: number
  /** units returned and refunded, and each return's request id with what it took back (cents) */
  returned: number
  returns: { id: string; takenBack: number }[]
}
type Model = { parts: Part[]; paid: number[] }
type Real = { run: number }

const ALLOWED: Record<"ship" | "deliver" | "refuse" | "cancel", Status[]> = {
  ship: ["pending"],
  deliver: ["pending", "shipped"],
  refuse: ["shipped"],
  cancel: ["pending"],
}
const AFTER: Record<keyof typeof ALLOWED, Status> = {
  ship: "shipped",
  deliver: "delivered",
  refuse: "refused",
  cancel: "canceled",
}
const live = (part: Part) => part.status !== "refused" && part.status !== "canceled"
const cents = (value: number) => Math.round(value * 100)

/**
 * What a part's cooperative gives back once `units` of its line are returned, in cents: the units'
 * value less the commission on it, both rounded on the cumulative value (src/workflows/returns/return-rules.ts).
 */
function takenBackFor(part: Part, units: number) {
  const value = Math.round((cents(part.lineTotal) * units) / part.quantity)
  const commission = Math.round((value * part.commissionRate) / 100)
  return value - commission
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const kit = orderKit(api, getContainer, { standIn })
    let staff: Awaited<ReturnType<typeof kit.staff>>
    // every order is placed signed in, so that its parcels can be returned
    let shopper: Awaited<ReturnType<typeof kit.shopper>>
    const members: Awaited<ReturnType<typeof kit.member>>[] = []
    const inventoryItems: string[] = []
    // what the database held before each history, which the model's figures are added to
    let baseline: { available: number[]; earned: number[]; awaiting: number[]; paid: number[] }

    /** What the model says a cooperative has for sale: its stock before the history, less what live parts hold. */
    function forSale(model: Model, vendor: number) {
      const held = model.parts
        .filter((part) => part.vendor === vendor && live(part))
        .reduce((sum, part) => sum + part.quantity, 0)
      // a returned unit is back on the shelf (Medusa's return restocks it; the part still holds its reservation)
      const back = model.parts
        .filter((part) => part.vendor === vendor)
        .reduce((sum, part) => sum + part.returned, 0)
      return baseline.available[vendor] - held + back
    }

    async function available(vendor: number) {
      const levels = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: inventoryItems[vendor] })
      return levels.reduce(
        (sum, level) => sum + Number(level.stocked_quantity) - Number(level.reserved_quantity),
        0
      )
    }

    async function balance(vendor: number) {
      const { data } = await api.get(`/admin/ledger/balances?vendor_id=${members[vendor].vendor.id}`, staff)
      const mad = data.balances.find((row: any) => row.currency_code === "mad")
      return {
        earned: cents(mad?.earned ?? 0),
        awaiting: cents(mad?.awaiting_remittance ?? 0),
        paid: cents(mad?.paid ?? 0),
        balance: cents(mad?.balance ?? 0),
      }
    }

    /** Compares the database with the model after each step. */
    async function checkInvariants(model: Model) {
      for (const vendor of [0, 1]) {
        const stock = await available(vendor)
        expect(stock).toBeGreaterThanOrEqual(0)
        expect(stock, "stock for sale = stock − what live parts hold").toBe(forSale(model, vendor))

        const delivered = model.parts.filter((part) => part.vendor === vendor && part.status === "delivered")
        const net = (part: Part) => cents(part.vendorAmount) - takenBackFor(part, part.returned)
        const earned = delivered.reduce((sum, part) => sum + net(part), 0)
        const awaiting = delivered
          .filter((part) => part.cash && !part.remitted)
          .reduce((sum, part) => sum + net(part), 0)
        const real = await balance(vendor)
        expect(real.earned - baseline.earned[vendor], "earned = what delivered parts earn").toBe(earned)
        expect(real.awaiting - baseline.awaiting[vendor], "awaiting = delivered cash not remitted").toBe(
          awaiting
        )
        expect(real.paid - baseline.paid[vendor]).toBe(model.paid[vendor])
        expect(real.balance).toBe(real.earned - real.awaiting - real.paid)
      }
      // each part credited once, only when delivered, for what its cooperative earns
      const ids = model.parts.map((part) => part.id)
      const entries = ids.length
        ? await kit.graph("ledger_entry", ["vendor_order_id", "type", "amount", "reference"], {
            vendor_order_id: ids,
          })
        : []
      const credited = entries.map((entry) => entry.reference).sort()
      const expected = model.parts
        .filter((part) => part.status === "delivered")
        .flatMap((part) => [`sale:${part.id}`, ...part.returns.map((back) => `return:${back.id}`)])
        .sort()
      expect(credited).toEqual(expected)
      for (const entry of entries) {
        const part = model.parts.find((candidate) => candidate.id === entry.vendor_order_id)!
        const back = part.returns.find((candidate) => entry.reference === `return:${candidate.id}`)
        expect(cents(Number(entry.amount))).toBe(back ? -back.takenBack : cents(part.vendorAmount))
      }
    }

    /** A step of a history: an action through the API, then the invariants checked against the model. */
    abstract class Step implements fc.AsyncCommand<Model, Real> {
      abstract check(model: Readonly<Model>): boolean
      abstract act(model: Model, real: Real): Promise<void>
      async run(model: Model, real: Real) {
        await this.act(model, real)
        await checkInvariants(model)
      }
    }

    // what the histories did, printed at the end: a property that never meets a refusal proves little
    const happened = new Map<string, number>()
    const count = (what: string) => happened.set(what, (happened.get(what) ?? 0) + 1)

    class PlaceOrder extends Step {
      constructor(
        readonly quantities: [number, number],
        readonly card: boolean
      ) {
        super()
      }
      check() {
        return true
      }
      async act(model: Model) {
        const wanted = COOPERATIVES.map((product, vendor) => ({
          vendor,
          line: { ...product, quantity: this.quantities[vendor] },
        })).filter(({ line }) => line.quantity > 0)
        if (!wanted.length) {
          return
        }
        const lines = wanted.map(({ line }) => line)
        const short = wanted.some(({ vendor, line }) => line.quantity > forSale(model, vendor))
        if (short) {
          // the shop refuses what is not in stock, and nothing is held for it
          const items = await Promise.all(
            lines.map(async (line) => ({
              variant_id: await kit.variantId(line.handle, line.sku),
              quantity: line.quantity,
            }))
          )
          const refused = await api.post(
            "/store/carts",
            { region_id: kit.region().id, email: "amina@example.ma", items },
            kit.store()
          )
          expect(refused.status, JSON.stringify(refused.data)).toBe(400)
          count("order refused: out of stock")
          return
        }
        const { parts } = await kit.placeOrder(lines, {
          card: this.card,
          email: shopper.email,
          token: shopper.token,
        })
        count(this.card ? "card order" : "cash order")
        for (const part of parts) {
          const vendor = members.findIndex((member) => member.vendor.id === part.vendor_id)
          model.parts.push({
            id: part.id,
            orderId: part.order_id,
            vendor,
            quantity: part.items.reduce((sum: number, item: any) => sum + Number(item.quantity), 0),
            vendorAmount: Number(part.vendor_amount),
            total: Number(part.total),
            cash: !this.card,
            status: "pending",
            remitted: false,
            lineItemId: part.items[0].line_item_id,
            lineTotal: Number(part.items[0].total),
            commissionRate: Number(part.commission_rate),
            returned: 0,
            returns: [],
          })
        }
      }
      toString = (): string => `PlaceOrder(${this.quantities.join("+")}, ${this.card ? "card" : "cash"})`
    }

    class Transition extends Step {
      constructor(
        readonly action: keyof typeof ALLOWED,
        readonly pick: number,
        readonly taps: 1 | 2,
        readonly byStaff: boolean
      ) {
        super()
      }
      check(model: Readonly<Model>) {
        return model.parts.length > 0
      }
      async act(model: Model) {
        const part = model.parts[this.pick % model.parts.length]
        const staffRoute = this.byStaff && (this.action === "refuse" || this.action === "cancel")
        const memberUrl = `/vendor/orders/${part.id}/${this.action}`
        const url = staffRoute ? `/admin/vendor-orders/${part.id}/${this.action}` : memberUrl
        const body = this.action === "cancel" ? { reason: "Lot épuisé au souk" } : {}
        const as = staffRoute ? staff : members[part.vendor].as
        const answers = await Promise.all(Array.from({ length: this.taps }, () => api.post(url, body, as)))
        // the other cooperative never reaches this part
        expect((await api.post(memberUrl, body, members[1 - part.vendor].as)).status).toBe(404)
        const statuses = answers.map((answer) => answer.status).sort()
        if (ALLOWED[this.action].includes(part.status)) {
          expect(statuses, JSON.stringify(answers.map((answer) => answer.data))).toEqual(
            this.taps === 1 ? [200] : [200, 409]
          )
          part.status = AFTER[this.action]
          count(`${this.action}${this.taps === 2 ? " (double tap)" : ""}${staffRoute ? " by staff" : ""}`)
        } else {
          expect(statuses).toEqual(Array(this.taps).fill(409))
          count(`${this.action} refused (409)`)
        }
      }
      toString = (): string =>
        `${this.action}(#${this.pick}${this.taps === 2 ? ", twice" : ""}${this.byStaff ? ", by staff" : ""})`
    }

    class Remit extends Step {
      constructor(readonly pick: number) {
        super()
      }
      check(model: Readonly<Model>) {
        return model.parts.some((part) => part.cash && part.status === "delivered" && !part.remitted)
      }
      async act(model: Model, real: Real) {
        const waiting = model.parts.filter(
          (part) => part.cash && part.status === "delivered" && !part.remitted
        )
        const part = waiting[this.pick % waiting.length]
        const remittance = {
          source: "counted_at_centre",
          reference: `CAISSE-${real.run}-${part.id}`,
          received_at: "2026-12-05",
          parts: [{ vendor_order_id: part.id, amount: part.total }],
        }
        const answers = await Promise.all(
          [1, 2].map(() => api.post("/admin/cash-remittances", remittance, staff))
        )
        // the same count recorded twice is one remittance
        expect(answers.map((answer) => answer.status).sort(), JSON.stringify(answers[0].data)).toEqual([
          201, 422,
        ])
        part.remitted = true
        count("remittance")
      }
      toString = (): string => `Remit(#${this.pick})`
    }

    class Return extends Step {
      constructor(
        readonly pick: number,
        readonly units: number,
        readonly byStaff: boolean
      ) {
        super()
      }
      check(model: Readonly<Model>) {
        return model.parts.some((part) => part.status === "delivered" && part.returned < part.quantity)
      }
      async act(model: Model) {
        const candidates = model.parts.filter(
          (part) => part.status === "delivered" && part.returned < part.quantity
        )
        const part = candidates[this.pick % candidates.length]
        const quantity = Math.min(this.units, part.quantity - part.returned)
        const asked = await api.post(
          "/store/return-requests",
          {
            vendor_order_id: part.id,
            items: [{ line_item_id: part.lineItemId, quantity }],
            reason: "changed_mind",
          },
          kit.store(shopper.token)
        )
        // a cash order's return waits for its other parcels (their cash is still to collect)
        const siblingsOpen = model.parts.some(
          (other) => other.orderId === part.orderId && other.id !== part.id && other.status !== "delivered"
        )
        if (part.cash && siblingsOpen) {
          expect(asked.status, JSON.stringify(asked.data)).toBe(400)
          count("return refused: another parcel open")
          return
        }
        expect(asked.status, JSON.stringify(asked.data)).toBe(201)
        const id = asked.data.return_request.id as string
        const accept = this.byStaff
          ? api.post(`/admin/return-requests/${id}/accept`, {}, staff)
          : api.post(`/vendor/return-requests/${id}/accept`, {}, members[part.vendor].as)
        expect((await accept).status).toBe(200)
        // the other cooperative never reaches it; two taps on "received" refund once
        expect(
          (await api.post(`/vendor/return-requests/${id}/receive`, {}, members[1 - part.vendor].as)).status
        ).toBe(404)
        const receipts = await Promise.all(
          [1, 2].map(() => api.post(`/vendor/return-requests/${id}/receive`, {}, members[part.vendor].as))
        )
        expect(
          receipts.map((answer) => answer.status).sort(),
          JSON.stringify(receipts.map((a) => a.data))
        ).toEqual([200, 409])
        const before = takenBackFor(part, part.returned)
        part.returned += quantity
        part.returns.push({ id, takenBack: takenBackFor(part, part.returned) - before })
        count(
          `return of ${quantity}${this.byStaff ? " (accepted by staff)" : ""}${part.cash ? " (cash)" : " (card)"}`
        )
      }
      toString = (): string => `Return(#${this.pick}, ${this.units}${this.byStaff ? ", by staff" : ""})`
    }

    class Payout extends Step {
      constructor(
        readonly vendor: number,
        readonly share: number,
        readonly tooMuch: boolean
      ) {
        super()
      }
      check() {
        return true
      }
      async act(model: Model, real: Real) {
        const { balance: payable } = await balance(this.vendor)
        const amount = this.tooMuch ? payable + 100 : Math.floor((payable * this.share) / 100)
        if (amount <= 0) {
          return
        }
        const answer = await api.post(
          "/admin/payouts",
          {
            vendor_id: members[this.vendor].vendor.id,
            amount: amount / 100,
            currency_code: "mad",
            paid_at: "2026-12-05",
            reference: `VIR-${real.run}-${Date.now()}`,
            method: "bank_transfer",
          },
          staff
        )
        if (this.tooMuch) {
          // never more than what the centre received for it
          expect(answer.status, JSON.stringify(answer.data)).toBe(400)
          count("payout above the balance refused")
        } else {
          expect(answer.status, JSON.stringify(answer.data)).toBe(201)
          model.paid[this.vendor] += amount
          count("payout")
        }
      }
      toString = (): string => `Payout(${this.vendor}, ${this.tooMuch ? "too much" : `${this.share}%`})`
    }

    const transition = fc
      .tuple(
        // deliveries drawn twice as often: returns and remittances need delivered parts
        fc.constantFrom<keyof typeof ALLOWED>("ship", "deliver", "deliver", "refuse", "cancel"),
        fc.nat(20),
        fc.constantFrom<1 | 2>(1, 2),
        fc.boolean()
      )
      .map(([action, pick, taps, byStaff]) => new Transition(action, pick, taps, byStaff))
    // parts move more often than orders are placed, as in a real week
    const commands = [
      fc
        .tuple(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), fc.boolean())
        .map(([quantities, card]) => new PlaceOrder(quantities as [number, number], card)),
      transition,
      transition,
      transition,
      fc.nat(20).map((pick) => new Remit(pick)),
      fc
        .tuple(fc.nat(20), fc.integer({ min: 1, max: 2 }), fc.boolean())
        .map(([pick, units, byStaff]) => new Return(pick, units, byStaff)),
      fc
        .tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 1, max: 100 }), fc.boolean())
        .map(([vendor, share, tooMuch]) => new Payout(vendor, share, tooMuch)),
    ]

    beforeAll(async () => {
      await kit.seedMarketplace()
      staff = await kit.staff()
      shopper = await kit.shopper()
      for (const product of COOPERATIVES) {
        members.push(await kit.member(product.vendor))
        const variantId = await kit.variantId(product.handle, product.sku)
        const [variant] = await kit.graph("product_variant", ["inventory_items.inventory_item_id"], {
          id: variantId,
        })
        inventoryItems.push(variant.inventory_items[0].inventory_item_id)
      }
    })

    it("holds stock, ledger, remittances and payouts together on random histories", async () => {
      // little stock, so that histories also meet an empty shelf
      const inventory = getContainer().resolve(Modules.INVENTORY)
      for (const item of inventoryItems) {
        const [level] = await inventory.listInventoryLevels({ inventory_item_id: item })
        await inventory.updateInventoryLevels([
          {
            inventory_item_id: item,
            location_id: level.location_id,
            stocked_quantity: Number(level.reserved_quantity) + STOCK,
          },
        ])
      }
      let run = 0
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (history) => {
          run++
          // each history starts where the previous one left the database
          const balances = await Promise.all([0, 1].map(balance))
          baseline = {
            available: await Promise.all([0, 1].map(available)),
            earned: balances.map((row) => row.earned),
            awaiting: balances.map((row) => row.awaiting),
            paid: balances.map((row) => row.paid),
          }
          // a history that ran the shelves dry starts again with stock
          for (const [vendor, item] of inventoryItems.entries()) {
            if (baseline.available[vendor] < 3) {
              const [level] = await inventory.listInventoryLevels({ inventory_item_id: item })
              await inventory.updateInventoryLevels([
                {
                  inventory_item_id: item,
                  location_id: level.location_id,
                  stocked_quantity: Number(level.reserved_quantity) + STOCK,
                },
              ])
              baseline.available[vendor] = STOCK
            }
          }
          const model: Model = { parts: [], paid: [0, 0] }
          await fc.asyncModelRun(() => ({ model, real: { run } }), history)
        }),
        // each step is a real request through the workflows: a few dozen histories are minutes
        { numRuns: Number(process.env.LEDGER_PROPERTY_RUNS ?? 25), endOnFailure: true }
      )
      console.info("ledger properties held on:", Object.fromEntries([...happened].sort()))
      expect(happened.get("cash order")).toBeGreaterThan(0)
    }, 900_000)

    it("refuses a payout to nobody and a remittance for a part that does not exist", async () => {
      const payout = await api.post(
        "/admin/payouts",
        {
          vendor_id: "ven_nobody",
          amount: 1,
          currency_code: "mad",
          paid_at: "2026-12-05",
          reference: "VIR-NOBODY",
          method: "bank_transfer",
        },
        staff
      )
      expect(payout.status).toBeGreaterThanOrEqual(400)
      expect(payout.status).toBeLessThan(500)
      const remittance = await api.post(
        "/admin/cash-remittances",
        {
          source: "counted_at_centre",
          reference: "CAISSE-NOBODY",
          received_at: "2026-12-05",
          parts: [{ vendor_order_id: "vord_nobody", amount: 10 }],
        },
        staff
      )
      expect(remittance.status).toBe(404)
      expect((await api.get("/admin/ledger/balances", never)).status).toBe(401)
    })
  },
})

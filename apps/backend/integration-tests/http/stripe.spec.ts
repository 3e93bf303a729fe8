import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { products as seedProducts } from "../../src/scripts/seed-data/products"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/constants"
import { COD_PROVIDER_ID } from "../../src/modules/cod"
import type { StandInIntent } from "../support/stripe-stand-in"
import { useStripeStandIn } from "./helpers/stripe"

const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
const WEBHOOK = "/hooks/payment/stripe_stripe"
// Medusa queues a webhook for 5 s before processing it (payment module `webhook_delay`)
const WEBHOOK_SETTLED_MS = 8000

const never = { validateStatus: () => true }
const standIn = useStripeStandIn()

// one product per cooperative, best-stocked variant first; each test takes cooperatives of its own
const byVendor = new Map<string, { handle: string; sku: string; price_mad: number }>()
for (const product of seedProducts) {
  const variant = [...product.variants].sort((a, b) => b.stock - a.stock)[0]
  if (!byVendor.has(product.vendor)) {
    byVendor.set(product.vendor, { handle: product.handle, sku: variant.sku, price_mad: variant.price_mad })
  }
}
const vendorProducts = [...byVendor.entries()].map(([vendor, product]) => ({ vendor, ...product }))
let nextVendor = 0
const freshVendorProduct = () => vendorProducts[nextVendor++]

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 30_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) {
      return value
    }
    if (Date.now() > deadline) {
      throw new Error("condition not met in time")
    }
    await sleep(250)
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let morocco: { id: string }
    const store = () => ({ headers, ...never })
    const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` }, ...never })

    async function graph(entity: string, fields: string[], filters: Record<string, unknown>) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity, fields, filters } as never)
      return data as any[]
    }

    async function variantId(handle: string, sku: string) {
      const { data } = await api.get(`/store/products?handle=${handle}&fields=id,*variants`, store())
      return data.products[0].variants.find((variant: any) => variant.sku === sku).id as string
    }

    /** A Moroccan cart from two cooperatives, home delivery for each, and a payment session. */
    async function readyCart(providerId: string) {
      const lines = [freshVendorProduct(), freshVendorProduct()]
      const items = await Promise.all(
        lines.map(async (line) => ({ variant_id: await variantId(line.handle, line.sku), quantity: 1 }))
      )
      const created = await api.post(
        "/store/carts",
        {
          region_id: morocco.id,
          email: "claire@example.fr",
          items,
          shipping_address: {
            first_name: "Claire",
            last_name: "Martin",
            address_1: "4 rue de la Kasbah",
            city: "Marrakech",
            country_code: "ma",
            phone: "+212600000000",
          },
        },
        store()
      )
      expect(created.status, JSON.stringify(created.data)).toBe(200)
      const cartId = created.data.cart.id as string
      const grouped = await api.get(`/store/carts/${cartId}/vendor-shipping-options`, store())
      for (const group of grouped.data.vendors) {
        const option = group.shipping_options.find((o: any) => o.type.code === "home-delivery")
        expect(
          (await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store()))
            .status
        ).toBe(200)
      }
      const collection = await api.post("/store/payment-collections", { cart_id: cartId }, store())
      expect(collection.status).toBe(200)
      const session = await api.post(
        `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
        { provider_id: providerId },
        store()
      )
      expect(session.status, JSON.stringify(session.data)).toBe(200)
      const paymentSession = session.data.payment_collection.payment_sessions.find(
        (s: any) => s.provider_id === providerId
      )
      const { data: cart } = await api.get(`/store/carts/${cartId}`, store())
      return { cartId, total: cart.cart.total as number, paymentSession }
    }

    /** A card cart whose shopper confirmed the card in Stripe.js (the stand-in holds the intent). */
    async function confirmedCardCart() {
      const cart = await readyCart(STRIPE_PROVIDER_ID)
      const intentId = cart.paymentSession.data.id as string
      const intent = standIn.confirm(intentId)
      return { ...cart, intent }
    }

    const complete = (cartId: string) => api.post(`/store/carts/${cartId}/complete`, {}, store())
    const sendWebhook = (payload: string, signature?: string) =>
      api.post(WEBHOOK, payload, {
        headers: {
          "content-type": "application/json",
          ...(signature ? { "stripe-signature": signature } : {}),
        },
        transformRequest: [(data: unknown) => data],
        ...never,
      })
    const signedWebhook = (type: string, intent: StandInIntent) => {
      const payload = standIn.event(type, intent)
      return sendWebhook(payload, standIn.sign(payload))
    }

    async function orderState(cartId: string) {
      const links = await graph("order_cart", ["order_id"], { cart_id: cartId })
      if (!links.length) {
        return { orders: links.length, parts: 0, captures: [], transactions: 0, payment: null as any }
      }
      const [order] = await graph(
        "order",
        [
          "id",
          "total",
          "vendor_order.id",
          "transactions.id",
          "payment_collections.payments.*",
          "payment_collections.payments.captures.amount",
        ],
        { id: links[0].order_id }
      )
      // the order is linked to its cart before the split writes its parts (a webhook may be mid-way)
      const payment = order.payment_collections[0]?.payments?.[0]
      return {
        orders: links.length,
        order_id: order.id as string,
        total: MathBN.convert(order.total).toNumber(),
        parts: (order.vendor_order ?? []).length as number,
        captures: (payment?.captures ?? []).map((capture: any) =>
          MathBN.convert(capture.amount).toNumber()
        ) as number[],
        transactions: (order.transactions ?? []).length as number,
        payment,
      }
    }

    // by id, through the app's engine: importing the workflow here would register it a second time
    const runWorkflow = (id: string, input: Record<string, unknown>) =>
      getContainer().resolve(Modules.WORKFLOW_ENGINE).run(id, { input, throwOnError: true })

    async function staffToken() {
      const login = await api.post(
        "/auth/user/emailpass",
        { email: "staff@bazar-solidaire.ma", password: "bazar-staff-2026" },
        never
      )
      return login.data.token as string
    }

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] } as never)
      const [key] = await graph("api_key", ["token"], { title: STOREFRONT_KEY_TITLE })
      headers = { "x-publishable-api-key": key.token }
      const { data } = await api.get("/store/regions", store())
      morocco = data.regions.find((region: any) => region.currency_code === "mad")
    })

    describe("card checkout against the Stripe stand-in", () => {
      it("offers cards next to cash on delivery", async () => {
        const { data } = await api.get(`/store/payment-providers?region_id=${morocco.id}`, store())
        expect(data.payment_providers.map((provider: any) => provider.id).sort()).toEqual([
          COD_PROVIDER_ID,
          STRIPE_PROVIDER_ID,
        ])
      })

      it("charges the card at once and splits the order per cooperative", async () => {
        const { cartId, total, paymentSession, intent } = await confirmedCardCart()
        // the intent was made by Medusa's provider through the SDK: amount in centimes, automatic capture
        const [created] = standIn
          .callsTo(/^POST \/v1\/payment_intents$/)
          .filter(
            (call) => call.params.metadata && (call.params.metadata as any).session_id === paymentSession.id
          )
        expect(created.params).toMatchObject({
          amount: String(Math.round(total * 100)),
          currency: "mad",
          capture_method: "automatic",
        })
        expect(intent.status).toBe("succeeded")

        const response = await complete(cartId)
        expect(response.status, JSON.stringify(response.data)).toBe(200)
        expect(response.data.type).toBe("order")
        const state = await orderState(cartId)
        expect(state).toMatchObject({ orders: 1, parts: 2, total, captures: [total] })
        expect(state.payment).toMatchObject({
          provider_id: STRIPE_PROVIDER_ID,
          amount: total,
          captured_at: expect.anything(),
        })
        // captured with the charge itself: nothing left to capture at Stripe, at shipment or delivery
        expect(standIn.callsTo(/capture$/)).toHaveLength(0)
        const parts = await graph("vendor_order", ["payment_provider_id", "total"], {
          order_id: state.order_id,
        })
        expect(parts.map((part) => part.payment_provider_id)).toEqual([
          STRIPE_PROVIDER_ID,
          STRIPE_PROVIDER_ID,
        ])
        expect(MathBN.add(...parts.map((part) => part.total)).toNumber()).toBe(total)
      })

      it("refuses to place the order while the card is not confirmed", async () => {
        const { cartId } = await readyCart(STRIPE_PROVIDER_ID)
        const response = await complete(cartId)
        expect(response.status).toBeLessThan(500)
        expect(response.data.type).not.toBe("order")
        expect((await orderState(cartId)).orders).toBe(0)
      })
    })

    describe("Stripe webhooks", () => {
      it("completes the cart of a shopper whose browser never came back, once, whatever is replayed or late", async () => {
        const { cartId, total, intent } = await confirmedCardCart()
        const succeeded = standIn.event("payment_intent.succeeded", intent)
        expect((await sendWebhook(succeeded, standIn.sign(succeeded))).status).toBe(200)

        const placed = await eventually(async () => {
          const state = await orderState(cartId)
          return state.orders && state.parts === 2 ? state : null
        })
        expect(placed).toMatchObject({ orders: 1, parts: 2, total, captures: [total] })

        // the same event again (Stripe retries), then stale ones: an authorization and a cancellation
        // that Stripe sent before the charge but that arrive after it
        expect((await sendWebhook(succeeded, standIn.sign(succeeded))).status).toBe(200)
        const stale = {
          ...intent,
          status: "requires_capture",
          amount_capturable: intent.amount,
          amount_received: 0,
        }
        expect((await signedWebhook("payment_intent.amount_capturable_updated", stale)).status).toBe(200)
        expect(
          (await signedWebhook("payment_intent.canceled", { ...intent, status: "canceled" })).status
        ).toBe(200)
        await sleep(WEBHOOK_SETTLED_MS)

        const after = await orderState(cartId)
        expect(after).toMatchObject({
          orders: 1,
          parts: 2,
          captures: [total],
          transactions: placed.transactions,
        })
        expect(after.payment.canceled_at).toBeNull()
        expect(await graph("vendor_order", ["id"], { order_id: placed.order_id })).toHaveLength(2)
        expect(await graph("ledger_entry", ["id"], { order_id: placed.order_id })).toHaveLength(0)
        // and the shopper's browser finally returning gets the same order
        const late = await complete(cartId)
        expect(late.status).toBe(200)
        expect(late.data.order.id).toBe(placed.order_id)
      })

      it("places one order when the webhook and the returning browser race", async () => {
        const { cartId, total, intent } = await confirmedCardCart()
        const [webhook, browser] = await Promise.all([
          signedWebhook("payment_intent.succeeded", intent),
          complete(cartId),
        ])
        expect(webhook.status).toBe(200)
        expect(browser.status).toBe(200)
        await sleep(WEBHOOK_SETTLED_MS)
        expect(await orderState(cartId)).toMatchObject({ orders: 1, parts: 2, captures: [total] })
      })

      it("ignores unsigned, mis-signed and tampered payloads", async () => {
        const { cartId, intent } = await confirmedCardCart()
        const payload = standIn.event("payment_intent.succeeded", intent)
        const missing = await sendWebhook(payload)
        expect(missing.status).toBe(400)
        const wrongSecret = await sendWebhook(payload, standIn.sign(payload, "whsec_someone_else"))
        expect(wrongSecret.status).toBe(400)
        const tampered = await sendWebhook(
          payload.replace(`"amount":${intent.amount}`, `"amount":1`),
          standIn.sign(payload)
        )
        expect(tampered.status).toBe(400)
        expect(tampered.data.message).toMatch(/signature/i)
        await sleep(WEBHOOK_SETTLED_MS)
        expect((await orderState(cartId)).orders).toBe(0)
        const [cart] = await graph("cart", ["completed_at"], { id: cartId })
        expect(cart.completed_at).toBeNull()
      })
    })

    describe("refunds in the cooperatives' ledgers", () => {
      async function refundEntries(orderId: string) {
        const entries = await graph("ledger_entry", ["vendor_order_id", "type", "amount", "reference"], {
          order_id: orderId,
          type: "refund",
        })
        return entries.sort((a, b) => a.reference.localeCompare(b.reference))
      }

      it("takes a card refund back from each cooperative in proportion, once per refund", async () => {
        const { cartId } = await confirmedCardCart()
        expect((await complete(cartId)).status).toBe(200)
        const state = await orderState(cartId)
        const parts = (
          await graph("vendor_order", ["id", "total", "vendor_amount"], { order_id: state.order_id })
        ).sort((a, b) => a.id.localeCompare(b.id))
        const staff = auth(await staffToken())

        const refunded = await api.post(`/admin/payments/${state.payment.id}/refund`, { amount: 100 }, staff)
        expect(refunded.status, JSON.stringify(refunded.data)).toBe(200)
        // the refund went to Stripe, in centimes
        expect(standIn.refunds.at(-1)).toMatchObject({ amount: 10000, payment_intent: state.payment.data.id })

        const entries = await eventually(async () => {
          const found = await refundEntries(state.order_id)
          return found.length === 2 ? found : null
        })
        const poolTotal = MathBN.add(...parts.map((part) => part.total))
        const shareA = MathBN.convert(MathBN.div(MathBN.mult(100, parts[0].total), poolTotal), 2)
        const shareB = MathBN.sub(100, shareA)
        const expected = [
          MathBN.convert(MathBN.div(MathBN.mult(shareA, parts[0].vendor_amount), parts[0].total), 2),
          MathBN.convert(MathBN.div(MathBN.mult(shareB, parts[1].vendor_amount), parts[1].total), 2),
        ].map((amount) => -amount.toNumber())
        const [refund] = await graph("refund", ["id"], { payment_id: state.payment.id })
        expect(entries).toEqual([
          {
            vendor_order_id: parts[0].id,
            type: "refund",
            amount: expected[0],
            reference: `refund:${refund.id}:${parts[0].id}`,
          },
          {
            vendor_order_id: parts[1].id,
            type: "refund",
            amount: expected[1],
            reference: `refund:${refund.id}:${parts[1].id}`,
          },
        ])

        // the event handled again (a retry, a replay) writes nothing more
        await runWorkflow("record-payment-refunds", { payment_id: state.payment.id })
        expect(await refundEntries(state.order_id)).toHaveLength(2)

        // a second refund adds its own pair; refunding more than was charged is refused
        expect(
          (await api.post(`/admin/payments/${state.payment.id}/refund`, { amount: 20.5 }, staff)).status
        ).toBe(200)
        await eventually(async () => (await refundEntries(state.order_id)).length === 4)
        const tooMuch = await api.post(
          `/admin/payments/${state.payment.id}/refund`,
          { amount: state.total },
          staff
        )
        expect(tooMuch.status).toBe(400)
        await sleep(1000)
        expect(await refundEntries(state.order_id)).toHaveLength(4)
      })

      it("leaves nothing owed for any part of an order canceled after a refund", async () => {
        const { cartId } = await confirmedCardCart()
        expect((await complete(cartId)).status).toBe(200)
        const state = await orderState(cartId)
        const parts = await graph("vendor_order", ["id"], { order_id: state.order_id })
        await runWorkflow("deliver-vendor-order", { id: parts[0].id })
        const staff = auth(await staffToken())
        expect(
          (await api.post(`/admin/payments/${state.payment.id}/refund`, { amount: 50 }, staff)).status
        ).toBe(200)
        await eventually(async () => (await refundEntries(state.order_id)).length === 2)

        // Medusa refunds the rest of the card payment through Stripe when the order is canceled
        const refundsBefore = standIn.refunds.length
        const canceled = await api.post(`/admin/orders/${state.order_id}/cancel`, {}, staff)
        expect(canceled.status, JSON.stringify(canceled.data)).toBe(200)
        expect(standIn.refunds.length).toBe(refundsBefore + 1)
        const entries = await eventually(async () => {
          const found = await graph("ledger_entry", ["vendor_order_id", "type", "amount"], {
            order_id: state.order_id,
          })
          return found.filter((entry) => entry.type === "cancellation").length === 2 ? found : null
        })
        for (const part of parts) {
          const own = entries.filter((entry) => entry.vendor_order_id === part.id)
          expect(MathBN.add(0, ...own.map((entry) => entry.amount)).toNumber()).toBe(0)
        }
      })

      it("charges a cash-on-delivery refund to the cooperative whose cash was collected", async () => {
        const { cartId } = await readyCart(COD_PROVIDER_ID)
        expect((await complete(cartId)).status).toBe(200)
        const state = await orderState(cartId)
        const parts = await graph("vendor_order", ["id", "total", "vendor_amount"], {
          order_id: state.order_id,
        })
        const [delivered, pending] = parts
        // the courier of the first cooperative collects its cash (captures that part)
        await runWorkflow("deliver-vendor-order", { id: delivered.id })

        const staff = auth(await staffToken())
        const refunded = await api.post(`/admin/payments/${state.payment.id}/refund`, { amount: 10 }, staff)
        expect(refunded.status, JSON.stringify(refunded.data)).toBe(200)
        const entries = await eventually(async () => {
          const found = await refundEntries(state.order_id)
          return found.length ? found : null
        })
        const owedBack = MathBN.convert(
          MathBN.div(MathBN.mult(10, delivered.vendor_amount), delivered.total),
          2
        ).toNumber()
        expect(entries).toEqual([
          expect.objectContaining({ vendor_order_id: delivered.id, amount: -owedBack }),
        ])
        expect(entries.some((entry) => entry.vendor_order_id === pending.id)).toBe(false)

        // the cooperative sees the sale and the refund in its balance
        const ledger = await graph("ledger_entry", ["type", "amount"], { vendor_order_id: delivered.id })
        expect(ledger.map((entry) => entry.type).sort()).toEqual(["refund", "sale"])
        expect(MathBN.add(...ledger.map((entry) => entry.amount)).toNumber()).toBeCloseTo(
          delivered.vendor_amount - owedBack,
          2
        )
      })
    })
  },
})

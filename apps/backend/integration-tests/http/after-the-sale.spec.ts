import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MathBN, Modules } from "@medusajs/framework/utils"
import { COD_PROVIDER_ID } from "../../src/modules/cod"
import { ORDER_ACCESS_HEADER } from "../../src/lib/orders/order-access-token"
import { useStripeStandIn } from "./helpers/stripe"
import { cooperativesInTurn, eventually, orderKit, sleep, STRIPE_PROVIDER_ID } from "./helpers/orders"
import { bearer as auth, never } from "./helpers/portal"

const standIn = useStripeStandIn()

const freshVendorProduct = cooperativesInTurn()

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const kit = orderKit(api, getContainer, { standIn })
    const { store, graph, cartWithDelivery, paymentSession, placeOrder, member: memberToken } = kit

    const partOf = (parts: any[], vendorId: string) => parts.find((part) => part.vendor_id === vendorId)
    const lineItemIds = (part: any) => part.items.map((item: any) => item.line_item_id)

    async function reservationsOf(part: any) {
      return getContainer()
        .resolve(Modules.INVENTORY)
        .listReservationItems({ line_item_id: lineItemIds(part) }, { select: ["id", "quantity"] })
    }

    async function payment(orderId: string) {
      const [order] = await graph(
        "order",
        [
          "payment_collections.payments.id",
          "payment_collections.payments.canceled_at",
          "payment_collections.payments.captures.amount",
          "payment_collections.payments.refunds.amount",
          "payment_collections.payments.refunds.note",
        ],
        { id: orderId }
      )
      return order.payment_collections[0].payments[0]
    }

    // a part's other messages (the member's new order, the shopper's "shipped") are not these tests' business
    async function shopperMessages(partId: string) {
      return getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications(
          {
            resource_id: partId,
            channel: "email",
            template: ["order-part-refused", "order-part-canceled"],
          } as never,
          { select: ["id", "to", "template", "data"] }
        )
    }

    const ledgerEntries = (orderId: string) =>
      graph("ledger_entry", ["vendor_order_id", "type", "amount", "reference"], { order_id: orderId })

    beforeAll(async () => {
      await kit.seedMarketplace()
    })

    describe("a parcel refused at the door", () => {
      it("is refused once, only when shipped; its stock is back, its cash never taken, the other part untouched", async () => {
        const a = freshVendorProduct()
        const b = freshVendorProduct()
        const { order, parts } = await placeOrder([{ ...a, quantity: 2 }, b])
        const memberA = await memberToken(a.vendor)
        const memberB = await memberToken(b.vendor)
        const partA = partOf(parts, memberA.vendor.id)
        const partB = partOf(parts, memberB.vendor.id)
        expect((await reservationsOf(partA)).map((r: any) => r.quantity)).toEqual([2])

        // a parcel not shipped yet cannot come back refused
        const early = await api.post(`/vendor/orders/${partA.id}/refuse`, {}, auth(memberA.token))
        expect(early.status).toBe(409)
        expect(early.data.message).toMatch(/is pending: it cannot be marked refused/)
        expect(
          (await api.post(`/vendor/orders/${partA.id}/ship`, { carrier: "Amana" }, auth(memberA.token)))
            .status
        ).toBe(200)

        // another cooperative's part is unknown; a reason too long is refused with its field named
        expect((await api.post(`/vendor/orders/${partA.id}/refuse`, {}, auth(memberB.token))).status).toBe(
          404
        )
        const tooLong = await api.post(
          `/vendor/orders/${partA.id}/refuse`,
          { reason: "x".repeat(301) },
          auth(memberA.token)
        )
        expect(tooLong.status).toBe(400)
        expect(tooLong.data.fields.map((field: any) => field.path)).toEqual(["reason"])

        // two taps at once: one refusal
        const taps = await Promise.all(
          [1, 2].map(() =>
            api.post(
              `/vendor/orders/${partA.id}/refuse`,
              { reason: "Absente trois fois" },
              auth(memberA.token)
            )
          )
        )
        expect(taps.map((tap) => tap.status).sort()).toEqual([200, 409])
        const refused = taps.find((tap) => tap.status === 200)!.data.order
        expect(refused).toMatchObject({ status: "refused", closing_reason: "Absente trois fois" })
        expect(refused.refused_at).toEqual(expect.any(String))

        // the stock is the cooperative's again; B's stays held for its parcel
        expect(await reservationsOf(partA)).toEqual([])
        expect(await reservationsOf(partB)).toHaveLength(1)
        // no cash taken for A; the payment stays for B, delivered afterwards and captured for B only
        expect((await api.post(`/vendor/orders/${partA.id}/deliver`, {}, auth(memberA.token))).status).toBe(
          409
        )
        expect((await payment(order.id)).canceled_at).toBeNull()
        expect((await api.post(`/vendor/orders/${partB.id}/deliver`, {}, auth(memberB.token))).status).toBe(
          200
        )
        const paid = await payment(order.id)
        expect(paid.captures.map((capture: any) => capture.amount)).toEqual([partB.total])
        // nothing was owed for A: nothing to reverse
        expect((await ledgerEntries(order.id)).map((entry: any) => entry.reference)).toEqual([
          `sale:${partB.id}`,
        ])
        const ledgerA = await api.get("/vendor/ledger", auth(memberA.token))
        expect(ledgerA.data.entries).toEqual([])

        // the shopper is told, once, in the checkout's language, with the reason
        const told = await eventually(async () => {
          const messages = await shopperMessages(partA.id)
          return messages.length ? messages : null
        })
        expect(told).toEqual([
          expect.objectContaining({
            to: "amina@example.ma",
            template: "order-part-refused",
            data: expect.objectContaining({ reason: "Absente trois fois" }),
          }),
        ])
        // she reads it on her order, through the message's link
        const token = new URL(String(told[0].data?.url)).searchParams.get("token")!
        const mine = await api.get(
          `/store/orders/${order.id}?fields=id,vendor_order.id,vendor_order.status`,
          {
            headers: { ...store().headers, [ORDER_ACCESS_HEADER]: token },
            ...never,
          }
        )
        expect(mine.status).toBe(200)
        const shown = [mine.data.order.vendor_order].flat().find((part: any) => part.id === partA.id)
        expect(shown.status).toBe("refused")
      })

      it("cancels the cash payment once no part is left to deliver; staff can record a refusal too", async () => {
        const a = freshVendorProduct()
        const { order, parts } = await placeOrder([a])
        const member = await memberToken(a.vendor)
        const staff = await kit.staff()
        expect((await api.post(`/vendor/orders/${parts[0].id}/ship`, {}, auth(member.token))).status).toBe(
          200
        )
        expect((await api.post("/admin/vendor-orders/vord_unknown/refuse", {}, staff)).status).toBe(404)
        expect(
          (await api.post(`/admin/vendor-orders/${parts[0].id}/refuse`, {}, auth(member.token))).status
        ).toBe(401)
        const refused = await api.post(
          `/admin/vendor-orders/${parts[0].id}/refuse`,
          { reason: "Retour à l'expéditeur" },
          staff
        )
        expect(refused.status, JSON.stringify(refused.data)).toBe(200)
        expect(refused.data.vendor_order.status).toBe("refused")
        const cod = await payment(order.id)
        expect(cod.canceled_at).toBeTruthy()
        expect(cod.captures).toEqual([])
        // canceling the whole order later leaves the refused part refused, owing nothing
        expect((await api.post(`/admin/orders/${order.id}/cancel`, {}, staff)).status).toBe(200)
        await sleep(1500)
        expect((await graph("vendor_order", ["status"], { id: parts[0].id }))[0].status).toBe("refused")
        expect(await ledgerEntries(order.id)).toEqual([])
      })
    })

    describe("shoppers who refuse parcels", () => {
      it("are listed for staff after two refusals; staff can require a card, and the checkout then refuses cash", async () => {
        const email = "sara-refuse@example.ma"
        for (let round = 0; round < 2; round++) {
          const a = freshVendorProduct()
          const { parts } = await placeOrder([a], { email })
          const member = await memberToken(a.vendor)
          expect((await api.post(`/vendor/orders/${parts[0].id}/ship`, {}, auth(member.token))).status).toBe(
            200
          )
          expect(
            (await api.post(`/vendor/orders/${parts[0].id}/refuse`, {}, auth(member.token))).status
          ).toBe(200)
        }
        const staff = await kit.staff()
        const flagged = await api.get("/admin/shoppers/flagged", staff)
        expect(flagged.status).toBe(200)
        const sara = flagged.data.shoppers.find((row: any) => row.email === email)
        expect(sara).toMatchObject({ refused_parts: 2, card_required: false })
        expect((await api.get("/admin/shoppers/flagged", auth("nope"))).status).toBe(401)

        expect(
          (await api.post("/admin/customers/cus_unknown/require-card", { required: true }, staff)).status
        ).toBe(404)
        expect((await api.post(`/admin/customers/${sara.customer_id}/require-card`, {}, staff)).status).toBe(
          400
        )
        const required = await api.post(
          `/admin/customers/${sara.customer_id}/require-card`,
          { required: true },
          staff
        )
        expect(required.status).toBe(200)
        expect(required.data.customer).toEqual({ id: sara.customer_id, card_required: true })
        expect(
          (await api.get("/admin/shoppers/flagged", staff)).data.shoppers.find(
            (row: any) => row.email === email
          ).card_required
        ).toBe(true)

        // her next checkout: cash on delivery refused with a clear code, a card accepted
        const cartId = await cartWithDelivery([freshVendorProduct()], email)
        const cash = await paymentSession(cartId, COD_PROVIDER_ID)
        expect(cash.status).toBe(400)
        expect(cash.data).toMatchObject({ code: "card_required" })
        expect(cash.data.message).toMatch(/pay by card/)
        expect((await paymentSession(cartId, STRIPE_PROVIDER_ID)).status).toBe(200)
        // another shopper still pays cash
        const other = await cartWithDelivery([freshVendorProduct()], "omar@example.ma")
        expect((await paymentSession(other, COD_PROVIDER_ID)).status).toBe(200)

        // lifted: cash again
        expect(
          (await api.post(`/admin/customers/${sara.customer_id}/require-card`, { required: false }, staff))
            .status
        ).toBe(200)
        expect((await paymentSession(cartId, COD_PROVIDER_ID)).status).toBe(200)
      })

      it("cannot lift the card requirement themselves through their own account", async () => {
        const shopper = await kit.shopper()
        const [customer] = await graph("customer", ["id"], { email: shopper.email, has_account: true })
        const staff = await kit.staff()
        const required = await api.post(
          `/admin/customers/${customer.id}/require-card`,
          { required: true },
          staff
        )
        expect(required.status).toBe(200)

        // Medusa's own account route takes any metadata: the flag must not be one of them
        for (const metadata of [{ card_required: "" }, { card_required: false }, {}]) {
          const attempt = await api.post("/store/customers/me", { metadata }, store(shopper.token))
          expect(attempt.status, JSON.stringify(attempt.data)).toBe(400)
        }
        const [after] = await graph("customer", ["metadata"], { id: customer.id })
        expect(after.metadata).toMatchObject({ card_required: true })
        const cartId = await cartWithDelivery([freshVendorProduct()], shopper.email, shopper.token)
        expect((await paymentSession(cartId, COD_PROVIDER_ID)).data).toMatchObject({ code: "card_required" })

        // her name and phone stay hers to change
        const renamed = await api.post(
          "/store/customers/me",
          { first_name: "Sara", last_name: "Bennani", phone: "+212 6 12 34 56 78" },
          store(shopper.token)
        )
        expect(renamed.status, JSON.stringify(renamed.data)).toBe(200)
        expect(renamed.data.customer).toMatchObject({ first_name: "Sara", last_name: "Bennani" })
        const badPhone = await api.post("/store/customers/me", { phone: "call me" }, store(shopper.token))
        expect(badPhone.status).toBe(400)
      })
    })

    describe("a cooperative cancels its part", () => {
      it("before shipping only, with a reason, once; a card is refunded that part only; the other part goes on", async () => {
        const a = freshVendorProduct()
        const b = freshVendorProduct()
        const { order, parts } = await placeOrder([a, b], { card: true })
        const memberA = await memberToken(a.vendor)
        const memberB = await memberToken(b.vendor)
        const partA = partOf(parts, memberA.vendor.id)
        const partB = partOf(parts, memberB.vendor.id)
        const charged = await payment(order.id)
        expect(charged.captures).toHaveLength(1)

        const noReason = await api.post(`/vendor/orders/${partA.id}/cancel`, {}, auth(memberA.token))
        expect(noReason.status).toBe(400)
        expect(noReason.data.fields.map((field: any) => field.path)).toEqual(["reason"])
        expect(
          (await api.post(`/vendor/orders/${partA.id}/cancel`, { reason: "Lot gâté" }, auth(memberB.token)))
            .status
        ).toBe(404)

        const refundsBefore = standIn.refunds.length
        const taps = await Promise.all(
          [1, 2].map(() =>
            api.post(`/vendor/orders/${partA.id}/cancel`, { reason: "Lot d'amlou gâté" }, auth(memberA.token))
          )
        )
        expect(taps.map((tap) => tap.status).sort()).toEqual([200, 409])
        const canceled = taps.find((tap) => tap.status === 200)!.data.order
        expect(canceled).toMatchObject({ status: "canceled", closing_reason: "Lot d'amlou gâté" })
        expect(await reservationsOf(partA)).toEqual([])
        expect(await reservationsOf(partB)).toHaveLength(1)

        // one refund of A's total, at Stripe (centimes) and in Medusa
        expect(standIn.refunds.slice(refundsBefore)).toEqual([
          expect.objectContaining({
            amount: MathBN.convert(MathBN.mult(partA.total, 100)).toNumber(),
            payment_intent: charged.data?.id ?? expect.any(String),
          }),
        ])
        const refunded = await payment(order.id)
        expect(refunded.refunds).toEqual([
          expect.objectContaining({ amount: partA.total, note: `vendor_order:${partA.id}` }),
        ])
        // the refund event passes: it takes nothing from either cooperative (A was never credited)
        await sleep(2000)
        expect(await ledgerEntries(order.id)).toEqual([])

        // B goes on
        expect((await graph("vendor_order", ["status"], { id: partB.id }))[0].status).toBe("pending")
        expect((await api.post(`/vendor/orders/${partB.id}/ship`, {}, auth(memberB.token))).status).toBe(200)
        // a shipped part can no longer be canceled by its cooperative
        const late = await api.post(
          `/vendor/orders/${partB.id}/cancel`,
          { reason: "Trop tard" },
          auth(memberB.token)
        )
        expect(late.status).toBe(409)
        expect(late.data.message).toMatch(/only before it is shipped/)
        expect((await api.post(`/vendor/orders/${partB.id}/deliver`, {}, auth(memberB.token))).status).toBe(
          200
        )
        expect((await ledgerEntries(order.id)).map((entry: any) => entry.reference)).toEqual([
          `sale:${partB.id}`,
        ])

        const told = await eventually(async () => {
          const messages = await shopperMessages(partA.id)
          return messages.length ? messages : null
        })
        expect(told).toEqual([
          expect.objectContaining({
            template: "order-part-canceled",
            data: expect.objectContaining({ reason: "Lot d'amlou gâté" }),
          }),
        ])
      })

      it("cash on delivery: nothing to refund, the order's payment stays for the other part", async () => {
        const a = freshVendorProduct()
        const b = freshVendorProduct()
        const { order, parts } = await placeOrder([a, b])
        const memberA = await memberToken(a.vendor)
        const partA = partOf(parts, memberA.vendor.id)
        const canceled = await api.post(
          `/vendor/orders/${partA.id}/cancel`,
          { reason: "Tapis vendu au souk" },
          auth(memberA.token)
        )
        expect(canceled.status).toBe(200)
        const cod = await payment(order.id)
        expect(cod.canceled_at).toBeNull()
        expect(cod.refunds ?? []).toEqual([])
        expect(await ledgerEntries(order.id)).toEqual([])
      })
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import { useStripeStandIn } from "./helpers/stripe"
import { cooperativesInTurn, eventually, orderKit } from "./helpers/orders"
import { bearer as auth, never } from "./helpers/portal"

const standIn = useStripeStandIn()

const freshVendorProduct = cooperativesInTurn()

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const kit = orderKit(api, getContainer, { standIn })
    const { graph, placeOrder } = kit
    const shopperConfig = (token: string) => kit.store(token)
    const partOf = (parts: any[], vendorId: string) => parts.find((part) => part.vendor_id === vendorId)

    /** Stock for sale of a variant at every location: stocked less reserved. */
    async function forSale(variantId: string) {
      const [variant] = await graph("product_variant", ["inventory_items.inventory_item_id"], {
        id: variantId,
      })
      const levels = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: variant.inventory_items[0].inventory_item_id })
      return levels.reduce(
        (sum: number, level: any) => sum + Number(level.stocked_quantity) - Number(level.reserved_quantity),
        0
      )
    }

    async function refunds(orderId: string) {
      const [order] = await graph(
        "order",
        ["payment_collections.payments.refunds.amount", "payment_collections.payments.refunds.note"],
        { id: orderId }
      )
      return order.payment_collections[0].payments[0].refunds ?? []
    }

    /** The messages sent about one return request, by template. */
    async function messagesAbout(requestId: string) {
      const sent = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: requestId } as never, { select: ["to", "template", "data"] })
      return sent.map((message: any) => `${message.template} → ${message.to}`).sort()
    }

    const ledgerOf = (orderId: string) =>
      graph("ledger_entry", ["vendor_order_id", "type", "amount", "reference"], { order_id: orderId })

    async function deliveredOrder({ card = false } = {}) {
      const a = freshVendorProduct()
      const b = freshVendorProduct()
      const shopper = await kit.shopper()
      const { order, parts } = await placeOrder([{ ...a, quantity: 2 }, b], {
        card,
        email: shopper.email,
        token: shopper.token,
      })
      const memberA = await kit.member(a.vendor)
      const memberB = await kit.member(b.vendor)
      const partA = partOf(parts, memberA.vendor.id)
      const partB = partOf(parts, memberB.vendor.id)
      return { order, partA, partB, memberA, memberB, shopper }
    }

    async function deliver(part: any, member: { token: string }) {
      expect(
        (await api.post(`/vendor/orders/${part.id}/ship`, { carrier: "Amana" }, auth(member.token))).status
      ).toBe(200)
      expect((await api.post(`/vendor/orders/${part.id}/deliver`, {}, auth(member.token))).status).toBe(200)
    }

    beforeAll(async () => {
      await kit.seedMarketplace()
    })

    it("a shopper returns one of two items: asked, accepted, received; refunded and taken from the ledger for that item only", async () => {
      const { order, partA, partB, memberA, memberB, shopper } = await deliveredOrder()
      const line = partA.items[0]
      const ask = (body: Record<string, unknown>, token = shopper.token) =>
        api.post("/store/return-requests", body, shopperConfig(token))
      const oneBack = {
        vendor_order_id: partA.id,
        items: [{ line_item_id: line.line_item_id, quantity: 1 }],
        reason: "damaged",
        note: "Le flacon est arrivé fêlé",
      }

      // not before delivery; not for someone else, nor without an account
      const early = await ask(oneBack)
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/Only a delivered parcel/)
      await deliver(partA, memberA)
      const stranger = await kit.shopper()
      expect((await ask(oneBack, stranger.token)).status).toBe(404)
      expect(
        (await api.post("/store/return-requests", oneBack, { headers: kit.store().headers, ...never })).status
      ).toBe(401)

      // a cash order's return waits until its other parcel is delivered too (its cash still to collect)
      const waiting = await ask(oneBack)
      expect(waiting.status).toBe(400)
      expect(waiting.data.message).toMatch(/still on its way/)
      await deliver(partB, memberB)

      // clear errors: no item, an unknown reason, more than was bought, another parcel's line
      const empty = await ask({ ...oneBack, items: [] })
      expect(empty.status).toBe(400)
      expect(empty.data.fields).toEqual([{ path: "items", message: "Choose at least one item to return" }])
      expect((await ask({ ...oneBack, reason: "bored" })).status).toBe(400)
      const tooMany = await ask({ ...oneBack, items: [{ line_item_id: line.line_item_id, quantity: 3 }] })
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/Only 2/)
      const foreign = await ask({
        ...oneBack,
        items: [{ line_item_id: partB.items[0].line_item_id, quantity: 1 }],
      })
      expect(foreign.status).toBe(400)
      expect(foreign.data.message).toMatch(/not part of this parcel/)

      // the same request sent twice at once: one request
      const both = { ...oneBack, items: [{ line_item_id: line.line_item_id, quantity: 2 }] }
      const sent = await Promise.all([ask(both), ask(both)])
      expect(sent.map((answer) => answer.status).sort()).toEqual([201, 400].sort())
      const first = sent.find((answer) => answer.status === 201)!.data.return_request
      expect(first).toMatchObject({ status: "requested", reason: "damaged", vendor_order_id: partA.id })

      // the cooperative refuses it with a reason; another cooperative cannot touch it
      expect(
        (
          await api.post(
            `/vendor/return-requests/${first.id}/refuse`,
            { reason: "Photo?" },
            auth(memberB.token)
          )
        ).status
      ).toBe(404)
      expect(
        (await api.post(`/vendor/return-requests/${first.id}/refuse`, {}, auth(memberA.token))).status
      ).toBe(400)
      const refused = await api.post(
        `/vendor/return-requests/${first.id}/refuse`,
        { reason: "Le flacon était intact au départ" },
        auth(memberA.token)
      )
      expect(refused.status).toBe(200)
      expect(refused.data.return_request).toMatchObject({
        status: "refused",
        decision_reason: "Le flacon était intact au départ",
      })
      expect(
        (await api.post(`/vendor/return-requests/${first.id}/accept`, {}, auth(memberA.token))).status
      ).toBe(409)

      // she disputes it, once; the centre settles it for good
      expect(
        (
          await api.post(
            `/store/return-requests/${first.id}/dispute`,
            { note: "Voici la photo" },
            shopperConfig(stranger.token)
          )
        ).status
      ).toBe(404)
      const disputed = await api.post(
        `/store/return-requests/${first.id}/dispute`,
        { note: "Il est arrivé fêlé, j'ai la photo" },
        shopperConfig(shopper.token)
      )
      expect(disputed.status).toBe(200)
      expect(disputed.data.return_request.status).toBe("disputed")
      const staff = await kit.staff()
      const listed = await api.get("/admin/return-requests?status=disputed", staff)
      expect(listed.data.return_requests.map((request: any) => request.id)).toContain(first.id)
      expect(
        (await api.post(`/vendor/return-requests/${first.id}/accept`, {}, auth(memberA.token))).status
      ).toBe(409)
      const settled = await api.post(
        `/admin/return-requests/${first.id}/refuse`,
        { reason: "Photo floue, colis intact à la livraison" },
        staff
      )
      expect(settled.status).toBe(200)
      const again = await api.post(
        `/store/return-requests/${first.id}/dispute`,
        { note: "Je ne suis pas d'accord" },
        shopperConfig(shopper.token)
      )
      expect(again.status).toBe(409)
      expect(again.data.message).toMatch(/already settled/)

      // a refused request frees its items: she asks for one of the two
      const stockBefore = await forSale(line.variant_id)
      const created = await ask(oneBack)
      expect(created.status, JSON.stringify(created.data)).toBe(201)
      const request = created.data.return_request
      const mine = await api.get(`/store/return-requests?order_id=${order.id}`, shopperConfig(shopper.token))
      expect(mine.data.return_requests.map((r: any) => r.id).sort()).toEqual([first.id, request.id].sort())
      expect(
        (await api.get(`/store/return-requests?order_id=${order.id}`, shopperConfig(stranger.token))).data
          .return_requests
      ).toEqual([])
      const listedForA = await api.get("/vendor/return-requests?status=requested", auth(memberA.token))
      expect(listedForA.data.return_requests.map((r: any) => r.id)).toEqual([request.id])
      expect((await api.get("/vendor/return-requests", auth(memberB.token))).data.return_requests).toEqual([])

      // accepted once, received once (two taps each), by its cooperative only
      expect(
        (await api.post(`/vendor/return-requests/${request.id}/accept`, {}, auth(memberB.token))).status
      ).toBe(404)
      expect(
        (await api.post(`/vendor/return-requests/${request.id}/receive`, {}, auth(memberA.token))).status
      ).toBe(409)
      const accepts = await Promise.all(
        [1, 2].map(() => api.post(`/vendor/return-requests/${request.id}/accept`, {}, auth(memberA.token)))
      )
      expect(
        accepts.map((answer) => answer.status).sort(),
        JSON.stringify(accepts.map((a) => a.data))
      ).toEqual([200, 409])
      // the cooperative's members were told of each request (email and portal inbox), the shopper of each answer
      const memberEmail = (await graph("vendor_member", ["email"], { vendor_id: memberA.vendor.id })).map(
        (member: any) => member.email
      )[0]
      const told = (requestId: string, expected: string[]) =>
        eventually(async () => {
          const sent = await messagesAbout(requestId)
          return expected.every((message) => sent.includes(message)) ? sent : null
        })
      const toShopper = (sent: string[]) => sent.filter((message) => message.endsWith(shopper.email))
      expect(
        toShopper(
          await told(first.id, [
            `vendor-return-requested → ${memberEmail}`,
            `return-refused → ${shopper.email}`,
          ])
        )
      ).toEqual([`return-refused → ${shopper.email}`, `return-refused → ${shopper.email}`])
      expect(
        toShopper(
          await told(request.id, [
            `vendor-return-requested → ${memberEmail}`,
            `return-accepted → ${shopper.email}`,
          ])
        )
      ).toEqual([`return-accepted → ${shopper.email}`])
      const [medusaReturn] = await graph("return", ["id", "status", "items.quantity", "items.item_id"], {
        order_id: order.id,
      })
      expect(medusaReturn).toMatchObject({
        status: "requested",
        items: [{ quantity: 1, item_id: line.line_item_id }],
      })

      expect(
        (await api.post(`/vendor/return-requests/${request.id}/receive`, {}, auth(memberB.token))).status
      ).toBe(404)
      const receipts = await Promise.all(
        [1, 2].map(() => api.post(`/vendor/return-requests/${request.id}/receive`, {}, auth(memberA.token)))
      )
      expect(
        receipts.map((answer) => answer.status).sort(),
        JSON.stringify(receipts.map((a) => a.data))
      ).toEqual([200, 409])

      // the unit is for sale again at the cooperative; Medusa's return is received
      expect(await forSale(line.variant_id)).toBe(stockBefore + 1)
      const [received] = await graph("return", ["status"], { id: medusaReturn.id })
      expect(received.status).toBe("received")

      // refunded exactly one unit (no delivery in Morocco); the ledger gives back that unit less commission
      const [part] = await graph(
        "vendor_order",
        ["items.unit_price", "items.total", "items.quantity", "commission_rate"],
        { id: partA.id }
      )
      const unit = Number(part.items[0].total) / part.items[0].quantity
      const done = (
        await api.get(
          `/store/return-requests?order_id=${order.id}&status=refunded`,
          shopperConfig(shopper.token)
        )
      ).data.return_requests
      expect(done).toHaveLength(1)
      expect(Number(done[0].refund_amount)).toBeCloseTo(unit, 2)
      const paidBack = await eventually(async () => {
        const found = await refunds(order.id)
        return found.length ? found : null
      })
      expect(paidBack.map((refund: any) => [Number(refund.amount), refund.note])).toEqual([
        [unit, `return_request:${request.id}`],
      ])
      const entries = await eventually(async () => {
        const all = await ledgerOf(order.id)
        return all.some((entry: any) => entry.reference === `return:${request.id}`) ? all : null
      })
      const returned = entries.filter((entry: any) => entry.reference === `return:${request.id}`)
      const commission = Math.round(unit * Number(part.commission_rate)) / 100
      expect(returned.map((entry: any) => Number(entry.amount))).toEqual([-(unit - commission)])
      // the refund was not also shared among the parts by the refund subscriber
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect((await ledgerOf(order.id)).filter((entry: any) => entry.type === "refund")).toHaveLength(1)

      // the other unit can still be asked back; nothing more after that
      expect((await ask(oneBack)).status).toBe(201)
      expect((await ask(oneBack)).status).toBe(400)
    })

    it("the return window closes after the region's days", async () => {
      const { partA, memberA, shopper } = await deliveredOrder()
      await deliver(partA, memberA)
      const ledger = getContainer().resolve("ledger") as any
      await ledger.updateVendorOrders({
        id: partA.id,
        delivered_at: new Date(Date.now() - 15 * 24 * 3600 * 1000),
      })
      const late = await api.post(
        "/store/return-requests",
        {
          vendor_order_id: partA.id,
          items: [{ line_item_id: partA.items[0].line_item_id, quantity: 1 }],
          reason: "changed_mind",
        },
        shopperConfig(shopper.token)
      )
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/return window closed .* 14 days/)
    })

    it("a request can carry up to three photos uploaded by its shopper, and only the pipeline's own", async () => {
      const { partA, partB, memberA, memberB, shopper } = await deliveredOrder({ card: true })
      await deliver(partA, memberA)
      await deliver(partB, memberB)
      const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#8e3b2e" } })
        .jpeg()
        .toBuffer()
      const upload = (count: number, token?: string) => {
        const form = new FormData()
        for (let index = 0; index < count; index++) {
          form.append(
            "files",
            new Blob([new Uint8Array(photo)], { type: "image/jpeg" }),
            `flacon-${index}.jpg`
          )
        }
        return api.post("/store/return-requests/photos", form, token ? kit.store(token) : kit.store())
      }
      // a shopper's upload needs her account, and three photos at most
      expect((await upload(1)).status).toBe(401)
      const tooMany = await upload(4, shopper.token)
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/3 photos at most/)
      const uploaded = await upload(1, shopper.token)
      expect(uploaded.status, JSON.stringify(uploaded.data)).toBe(200)
      const [url] = uploaded.data.files.map((file: any) => file.url)

      const body = (photo_urls: string[]) => ({
        vendor_order_id: partA.id,
        items: [{ line_item_id: partA.items[0].line_item_id, quantity: 1 }],
        reason: "damaged",
        photo_urls,
      })
      // a picture from elsewhere is refused with its field named
      const foreign = await api.post(
        "/store/return-requests",
        body(["https://tracker.example/pixel.webp"]),
        shopperConfig(shopper.token)
      )
      expect(foreign.status).toBe(400)
      expect(foreign.data.fields.map((field: any) => field.path)).toEqual(["photo_urls.0"])
      const created = await api.post("/store/return-requests", body([url]), shopperConfig(shopper.token))
      expect(created.status, JSON.stringify(created.data)).toBe(201)
      expect(created.data.return_request.photo_urls).toEqual([url])
      // the cooperative sees it
      const listed = await api.get("/vendor/return-requests", auth(memberA.token))
      expect(listed.data.return_requests[0].photo_urls).toEqual([url])
    })
  },
})

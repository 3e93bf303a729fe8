import { findFreePort, startLocalMailbox, type LocalMailbox } from "@bazaar/runner"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { products as seedProducts } from "../../src/scripts/seed-data/products"
import { DEMO_ACCOUNTS, STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/constants"
import { COD_PROVIDER_ID } from "../../src/modules/cod"
import { retryFailedNotificationsWorkflow } from "../../src/workflows/notifications/workflows/retry-failed-notifications"
import { bearer, loginStaff, never, uniqueEmail } from "./helpers/portal"

// The backend sends through SMTP to this port from the start; the mailbox (a real SMTP server) is only
// started there after the first test, which orders while nothing listens.
const smtpPort = await findFreePort()
const webPort = await findFreePort()
process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`
process.env.EMAIL_FROM = "Bazar Solidaire <test@bazar-solidaire.localhost>"

// the best-stocked variant of the first product of the two demo cooperatives that have portal members
const lines = [DEMO_ACCOUNTS.member.vendor, DEMO_ACCOUNTS.weaver.vendor].map((vendor) => {
  const product = seedProducts.find((candidate) => candidate.vendor === vendor)!
  return {
    handle: product.handle,
    title: product.title as unknown,
    sku: [...product.variants].sort((a, b) => b.stock - a.stock)[0].sku,
  }
})

type Mail = { subject: string; html: string; text: string; to: { address: string }[] }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let key: string
    let morocco: { id: string }
    let mailbox: LocalMailbox | undefined

    const store = (token?: string) => ({
      headers: { "x-publishable-api-key": key, ...(token && { authorization: `Bearer ${token}` }) },
      ...never,
    })

    async function placeOrder(email: string, locale: string) {
      const items = []
      for (const line of lines) {
        const { data } = await api.get(`/store/products?handle=${line.handle}&fields=id,*variants`, store())
        items.push({
          variant_id: data.products[0].variants.find((v: any) => v.sku === line.sku).id,
          quantity: 1,
        })
      }
      const cartId = (await api.post("/store/carts", { region_id: morocco.id, items }, store())).data.cart.id
      const addressed = await api.post(
        `/store/carts/${cartId}`,
        {
          email,
          metadata: { locale },
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
      expect(addressed.status, JSON.stringify(addressed.data)).toBe(200)
      const grouped = await api.get(`/store/carts/${cartId}/vendor-shipping-options`, store())
      for (const group of grouped.data.vendors) {
        await api.post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: group.shipping_options[0].id },
          store()
        )
      }
      const collection = await api.post("/store/payment-collections", { cart_id: cartId }, store())
      await api.post(
        `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
        { provider_id: COD_PROVIDER_ID },
        store()
      )
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, store())
      expect(completed.status, JSON.stringify(completed.data)).toBe(200)
      return completed.data.order as { id: string; display_id: number }
    }

    /** Who should hear of the order: the shopper, and every member of each cooperative in it. */
    async function partsOf(orderId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "vendor_order",
        fields: ["id", "vendor.id", "vendor.name", "vendor.handle", "vendor.members.email", "items.title"],
        filters: { order_id: orderId },
      })
      return data as any[]
    }

    async function mails(): Promise<Mail[]> {
      const response = await fetch(`${mailbox!.webUrl}/api/email`)
      return (await response.json()) as Mail[]
    }

    /** Waits until `count` messages to `to` mentioning `marker` (subject or text) arrived; returns them all. */
    async function mailsTo(to: string, marker: string, count = 1): Promise<Mail[]> {
      let found: Mail[] = []
      for (let attempt = 0; attempt < 100; attempt++) {
        found = (await mails()).filter(
          (mail) =>
            mail.to.some((recipient) => recipient.address === to) &&
            (mail.subject.includes(marker) || mail.text.includes(marker))
        )
        if (found.length >= count) {
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return found
    }

    // the email channel only: members' inbox copies (channel `feed`) are the portal tests' business
    async function notificationsOf(resourceIds: string[]) {
      return getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: resourceIds, channel: "email" } as never, {
          select: ["id", "to", "template", "status"],
        })
    }

    beforeAll(async () => {
      const container = getContainer()
      await seed({ container, args: [] } as never)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: keys } = await query.graph({
        entity: "api_key",
        fields: ["token"],
        filters: { title: STOREFRONT_KEY_TITLE },
      })
      key = keys[0].token
      const { data } = await api.get("/store/regions", store())
      morocco = data.regions.find((region: any) => region.currency_code === "mad")
    })

    async function loginMember(account: { email: string; password: string }) {
      const { email, password } = account
      const login = await api.post("/auth/vendor/emailpass", { email, password }, never)
      expect(login.status).toBe(200)
      return login.data.token as string
    }

    /** The demo argan cooperative's part of an order, and its member's signed-in request options. */
    async function demoMembersPart(orderId: string) {
      const part = (await partsOf(orderId)).find(
        (candidate) => candidate.vendor.handle === DEMO_ACCOUNTS.member.vendor
      )!
      return { part, member: bearer(await loginMember(DEMO_ACCOUNTS.member)) }
    }

    afterAll(async () => {
      await mailbox?.stop()
    })

    it("places an order while SMTP is down, and sends each message once when it is back", async () => {
      const shopper = uniqueEmail("down")
      const order = await placeOrder(shopper, "ar")
      const parts = await partsOf(order.id)
      const resourceIds = [order.id, ...parts.map((part) => part.id)]
      const members = parts.flatMap((part) => part.vendor.members.map((member: any) => member.email))
      expect(members).toEqual(
        expect.arrayContaining([DEMO_ACCOUNTS.member.email, DEMO_ACCOUNTS.weaver.email])
      )

      // the order stands; every message is recorded as failed, one per recipient
      let recorded: any[] = []
      const settled = () =>
        recorded.length === members.length + 1 && recorded.every((n) => n.status !== "pending")
      for (let attempt = 0; attempt < 200 && !settled(); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        recorded = await notificationsOf(resourceIds)
      }
      mailbox = await startLocalMailbox({ smtpPort, webPort })
      expect(recorded.map((n) => n.to).sort()).toEqual([shopper, ...members].sort())
      expect(recorded.map((n) => n.status)).toEqual(recorded.map(() => "failure"))

      const container = getContainer()
      // too early: the first retry waits 30 s
      await retryFailedNotificationsWorkflow(container).run({ input: { at: new Date().toISOString() } })
      expect(await mails()).toEqual([])

      const later = new Date(Date.now() + 60_000).toISOString()
      await retryFailedNotificationsWorkflow(container).run({ input: { at: later } })
      await retryFailedNotificationsWorkflow(container).run({
        input: { at: new Date(Date.now() + 600_000).toISOString() },
      })
      const arrived = await mails()
      expect(arrived.map((mail) => mail.to[0].address).sort()).toEqual([shopper, ...members].sort())
      const confirmation = arrived.find((mail) => mail.to[0].address === shopper)!
      expect(confirmation.subject).toBe(`تم تأكيد طلبك رقم ${order.display_id}`)
      expect(confirmation.html).toContain('<html lang="ar" dir="rtl">')
      expect(confirmation.html).toContain(`http://localhost:8000/ar/order/${order.id}/confirmed?token=`)
      expect((await notificationsOf(resourceIds)).every((n: any) => n.status === "success")).toBe(true)
    })

    it("sends the shopper her confirmation in her language and each member her cooperative's part", async () => {
      const shopper = uniqueEmail("shopper")
      const order = await placeOrder(shopper, "en")
      const marker = String(order.display_id)
      const parts = await partsOf(order.id)

      const [confirmation, ...others] = await mailsTo(shopper, marker)
      expect(others).toEqual([])
      expect(confirmation.subject).toBe(`Your order #${order.display_id} is confirmed`)
      expect(confirmation.html).toContain('<html lang="en" dir="ltr">')
      expect(confirmation.text).toContain(`http://localhost:8000/en/order/${order.id}/confirmed?token=`)
      for (const part of parts) {
        expect(confirmation.text).toContain(part.vendor.name)
      }
      expect(confirmation.text).toContain("Cash on delivery")

      for (const part of parts) {
        const other = parts.find((candidate) => candidate.id !== part.id)!
        for (const { email } of part.vendor.members) {
          // the mailbox keeps the earlier tests' mail and order numbers repeat between tests: find her part by its link
          const received = await mailsTo(email, `/fr/portal/orders/${part.id}`)
          expect(received, `messages to ${email}`).toHaveLength(1)
          const [alert] = received
          expect(alert.subject).toMatch(new RegExp(`^Nouvelle commande n° ${marker} : 1 article`))
          expect(alert.html).toContain('<html lang="fr" dir="ltr">')
          expect(alert.text).toContain(`http://localhost:8000/fr/portal/orders/${part.id}`)
          expect(alert.text).toContain(part.items[0].title)
          // only her own part
          expect(alert.text).not.toContain(other.items[0].title)
        }
      }
    })

    it("tells the shopper when a cooperative ships her parcel, with the tracking number", async () => {
      const shopper = uniqueEmail("shipped")
      const order = await placeOrder(shopper, "fr")
      const parts = await partsOf(order.id)
      const part = parts.find((candidate) => candidate.vendor.handle === DEMO_ACCOUNTS.member.vendor)!
      const login = await api.post(
        "/auth/vendor/emailpass",
        { email: DEMO_ACCOUNTS.member.email, password: DEMO_ACCOUNTS.member.password },
        never
      )
      expect(login.status).toBe(200)
      const shipped = await api.post(
        `/vendor/orders/${part.id}/ship`,
        { tracking_number: "AMANA-778899", carrier: "Amana" },
        { headers: { authorization: `Bearer ${login.data.token}` }, ...never }
      )
      expect(shipped.status, JSON.stringify(shipped.data)).toBe(200)

      const [message, ...others] = await mailsTo(shopper, "en route")
      expect(others).toEqual([])
      expect(message.subject).toBe(`Un colis de votre commande n° ${order.display_id} est en route`)
      expect(message.text).toContain("Numéro de suivi : AMANA-778899")
      expect(message.text).toContain("Transporteur : Amana")
      expect(message.text).toContain(part.vendor.name)
      expect(message.text).toContain(`http://localhost:8000/fr/order/${order.id}/confirmed?token=`)
    })

    it("tells the shopper when a parcel is delivered, once, in her language", async () => {
      const shopper = uniqueEmail("delivered")
      const order = await placeOrder(shopper, "en")
      const { part, member } = await demoMembersPart(order.id)
      expect((await api.post(`/vendor/orders/${part.id}/ship`, {}, member)).status).toBe(200)
      const delivered = await api.post(`/vendor/orders/${part.id}/deliver`, {}, member)
      expect(delivered.status, JSON.stringify(delivered.data)).toBe(200)
      // a second tap is refused and tells nobody again
      expect((await api.post(`/vendor/orders/${part.id}/deliver`, {}, member)).status).toBeGreaterThanOrEqual(
        400
      )

      const [message, ...others] = await mailsTo(shopper, "was delivered")
      expect(message.subject).toBe(`A parcel of your order #${order.display_id} was delivered`)
      expect(message.text).toContain(part.vendor.name)
      expect(message.text).toContain(`http://localhost:8000/en/order/${order.id}/confirmed?token=`)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(others).toEqual([])
      expect(await mailsTo(shopper, "was delivered", 2)).toHaveLength(1)
    })

    it("tells the shopper her order is cancelled, in her language, once", async () => {
      const shopper = uniqueEmail("canceled")
      const order = await placeOrder(shopper, "ar")
      const staff = { headers: { authorization: `Bearer ${await loginStaff(api)}` }, ...never }
      const canceled = await api.post(`/admin/orders/${order.id}/cancel`, {}, staff)
      expect(canceled.status, JSON.stringify(canceled.data)).toBe(200)

      const [message] = await mailsTo(shopper, "إلغاء")
      expect(message.subject).toBe(`تم إلغاء طلبك رقم ${order.display_id}`)
      expect(message.html).toContain('<html lang="ar" dir="rtl">')
      expect(message.text).toContain(`http://localhost:8000/ar/order/${order.id}/confirmed?token=`)
      expect(await mailsTo(shopper, "إلغاء", 2)).toHaveLength(1)
    })

    it("tells the shopper what was refunded, once per refund", async () => {
      const shopper = uniqueEmail("refunded")
      const order = await placeOrder(shopper, "fr")
      const { part, member } = await demoMembersPart(order.id)
      await api.post(`/vendor/orders/${part.id}/ship`, {}, member)
      // cash handed to the courier: the delivered part's payment is captured, so it can be refunded
      expect((await api.post(`/vendor/orders/${part.id}/deliver`, {}, member)).status).toBe(200)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["payment_collections.payments.id"],
        filters: { id: order.id },
      })
      const paymentId = (data[0] as any).payment_collections[0].payments[0].id
      const staff = { headers: { authorization: `Bearer ${await loginStaff(api)}` }, ...never }
      const refunded = await api.post(`/admin/payments/${paymentId}/refund`, { amount: 10 }, staff)
      expect(refunded.status, JSON.stringify(refunded.data)).toBe(200)

      const [message] = await mailsTo(shopper, "Remboursement")
      expect(message.subject).toBe(`Remboursement de votre commande n° ${order.display_id}`)
      expect(message.text).toMatch(/Nous vous avons remboursé 10,00\s?MAD/)
      // a second refund is told on its own; the first is not told again
      expect((await api.post(`/admin/payments/${paymentId}/refund`, { amount: 5 }, staff)).status).toBe(200)
      const both = await mailsTo(shopper, "Remboursement", 2)
      expect(both).toHaveLength(2)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await mailsTo(shopper, "Remboursement", 3)).toHaveLength(2)
    })

    it("tells each member of a cooperative that a payout was recorded, with amount and reference", async () => {
      const order = await placeOrder(uniqueEmail("payout"), "fr")
      const { part, member } = await demoMembersPart(order.id)
      await api.post(`/vendor/orders/${part.id}/ship`, {}, member)
      expect((await api.post(`/vendor/orders/${part.id}/deliver`, {}, member)).status).toBe(200)
      const staff = { headers: { authorization: `Bearer ${await loginStaff(api)}` }, ...never }
      // the parcel's cash reached the centre, so its earning can be paid out
      const counted = await api.post(
        "/admin/cash-remittances",
        {
          source: "counted_at_centre",
          reference: `CAISSE-${part.id}`,
          received_at: "2026-11-30",
          parts: [{ vendor_order_id: part.id }],
        },
        staff
      )
      expect(counted.status, JSON.stringify(counted.data)).toBe(201)
      const reference = `CASH-${Date.now()}`
      const created = await api.post(
        "/admin/payouts",
        {
          vendor_id: part.vendor.id,
          amount: 1,
          currency_code: "mad",
          paid_at: "2026-11-30T10:00:00.000Z",
          reference,
          method: "cash",
        },
        staff
      )
      expect(created.status, JSON.stringify(created.data)).toBe(201)

      for (const { email } of part.vendor.members) {
        const [message, ...others] = await mailsTo(email, reference)
        expect(others).toEqual([])
        expect(message.subject).toMatch(/^Versement de 1,00\s?MAD/)
        expect(message.text).toContain(`Référence : ${reference}`)
        expect(message.text).toContain(part.vendor.name)
        expect(message.text).toContain("http://localhost:8000/fr/portal/earnings")
      }
    })

    it("shows staff a failed message with its error, and resends it once however often it is clicked", async () => {
      await mailbox?.stop()
      const shopper = uniqueEmail("resend")
      const order = await placeOrder(shopper, "en")
      const staff = await loginStaff(api)

      let failed: any
      for (let attempt = 0; attempt < 100 && !failed; attempt++) {
        const { status, data } = await api.get(
          "/admin/notification-deliveries?status=retrying&channel=email",
          bearer(staff)
        )
        expect(status, JSON.stringify(data)).toBe(200)
        failed = data.notifications.find((n: any) => n.to === shopper)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(failed).toMatchObject({
        template: "order-confirmation",
        channel: "email",
        delivery_status: "retrying",
        resource_id: order.id,
      })
      expect(failed.error).toMatch(/ECONNREFUSED|connect/i)
      // the order's secret link is not shown to staff
      expect(failed.data).not.toHaveProperty("url")

      mailbox = await startLocalMailbox({ smtpPort, webPort })
      const clicks = await Promise.all(
        [1, 2].map(() => api.post(`/admin/notifications/${failed.id}/resend`, {}, bearer(staff)))
      )
      expect(clicks.map((click) => click.status).sort()).toEqual([200, 409])
      const sent = clicks.find((click) => click.status === 200)!
      expect(sent.data.notification).toMatchObject({ id: failed.id, delivery_status: "sent" })
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await mailsTo(shopper, String(order.display_id), 2)).toHaveLength(1)

      const again = await api.post(`/admin/notifications/${failed.id}/resend`, {}, bearer(staff))
      expect(again.status).toBe(409)
      expect(again.data.code).toBe("conflict")
      const sentList = await api.get(
        "/admin/notification-deliveries?status=sent&channel=email",
        bearer(staff)
      )
      expect(sentList.data.notifications.some((n: any) => n.id === failed.id)).toBe(true)
    })

    it("refuses the Notifications routes to anyone but staff", async () => {
      const member = await loginMember(DEMO_ACCOUNTS.member)
      expect((await api.get("/admin/notification-deliveries", never)).status).toBe(401)
      expect((await api.get("/admin/notification-deliveries", bearer(member))).status).toBe(401)
      expect((await api.post("/admin/notifications/noti_x/resend", {}, bearer(member))).status).toBe(401)
      const staff = await loginStaff(api)
      expect((await api.get("/admin/notification-deliveries?limit=500", bearer(staff))).status).toBe(400)
      expect((await api.get("/admin/notification-deliveries?status=lost", bearer(staff))).status).toBe(400)
      expect((await api.post("/admin/notifications/noti_x/resend", {}, bearer(staff))).status).toBe(404)
    })
  },
})

import { startSmsRecorder, type RecordedSms } from "@bazaar/runner"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { products as seedProducts } from "../../src/scripts/seed-data/products"
import { DEMO_ACCOUNTS, STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/constants"
import { COD_PROVIDER_ID } from "../../src/modules/cod"
import { retryFailedNotificationsWorkflow } from "../../src/workflows/notifications/workflows/retry-failed-notifications"
import { applicationBody, bearer, never, registerVendorLogin, uniqueEmail } from "./helpers/portal"

// The backend's real SMS provider talks to the local stand-in of Twilio's Messages API, as `npm start` does.
const recorder = await startSmsRecorder({ port: 0 })
process.env.SMS_PROVIDER = "twilio"
process.env.TWILIO_API_URL = recorder.apiUrl
process.env.TWILIO_ACCOUNT_SID = "ACtest"
process.env.TWILIO_AUTH_TOKEN = "test-token"
process.env.SMS_FROM = "BazarSolid"
delete process.env.SMTP_URL

// the best-stocked variant of the first product of the two demo cooperatives that have portal members
const lines = [DEMO_ACCOUNTS.member.vendor, DEMO_ACCOUNTS.weaver.vendor].map((vendor) => {
  const product = seedProducts.find((candidate) => candidate.vendor === vendor)!
  return { handle: product.handle, sku: [...product.variants].sort((a, b) => b.stock - a.stock)[0].sku }
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let key: string
    let morocco: { id: string }

    const store = () => ({ headers: { "x-publishable-api-key": key }, ...never })

    async function placeOrder(email: string) {
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
          metadata: { locale: "fr" },
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

    async function partsOf(orderId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "vendor_order",
        fields: ["id", "vendor.handle", "items.title"],
        filters: { order_id: orderId },
      })
      return data as any[]
    }

    /** A demo member signs in to the portal in `locale` and agrees to SMS at `phone`. */
    async function optIn(account: { email: string; password: string }, locale: string, phone: string) {
      const login = await api.post(
        "/auth/vendor/emailpass",
        { email: account.email, password: account.password },
        never
      )
      expect(login.status).toBe(200)
      const token = login.data.token
      // the portal names its page language on every call
      const me = await api.get("/vendor/me", {
        headers: { ...bearer(token).headers, "x-medusa-locale": locale },
        ...never,
      })
      expect(me.data.member.locale).toBe(locale)
      const saved = await api.post("/vendor/me", { phone, sms_opt_in: true }, bearer(token))
      expect(saved.status, JSON.stringify(saved.data)).toBe(200)
      return saved.data.member as { phone: string; sms_opt_in: boolean; locale: string }
    }

    /** Waits until `count` SMS to `to` mentioning `marker` arrived; returns them all. */
    async function smsTo(to: string, marker: string, count = 1): Promise<RecordedSms[]> {
      let found: RecordedSms[] = []
      for (let attempt = 0; attempt < 100; attempt++) {
        found = recorder.messages().filter((sms) => sms.to === to && sms.body.includes(marker))
        if (found.length >= count) {
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return found
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

    afterAll(async () => {
      await recorder.stop()
    })

    it("texts each cooperative's member her own part of a two-cooperative order, in her language", async () => {
      const fatima = await optIn(DEMO_ACCOUNTS.member, "ar", "06 12 34 56 78")
      expect(fatima).toMatchObject({ phone: "+212612345678", sms_opt_in: true, locale: "ar" })
      const weaver = await optIn(DEMO_ACCOUNTS.weaver, "en", "+33 6 12 34 56 78")
      expect(weaver.phone).toBe("+33612345678")

      const order = await placeOrder(uniqueEmail("sms"))
      const parts = await partsOf(order.id)
      const ours = parts.find((part) => part.vendor.handle === DEMO_ACCOUNTS.member.vendor)!
      const theirs = parts.find((part) => part.vendor.handle === DEMO_ACCOUNTS.weaver.vendor)!

      const [arabic, ...moreArabic] = await smsTo("+212612345678", `/ar/portal/orders/${ours.id}`)
      expect(moreArabic).toEqual([])
      expect(arabic.body).toMatch(/^منتج واحد للطلب \d+، للشحن قبل/)
      expect(arabic.body).toContain(`للطلب ${order.display_id}`)
      expect(arabic.body).not.toContain(theirs.id)
      expect(arabic.from).toBe("BazarSolid")

      const [english, ...moreEnglish] = await smsTo("+33612345678", `/en/portal/orders/${theirs.id}`)
      expect(moreEnglish).toEqual([])
      expect(english.body).toMatch(
        new RegExp(`^Bazar Solidaire: 1 item for order #${order.display_id}, to ship by `)
      )
      expect(english.body).not.toContain(ours.id)

      // one SMS each, and her email in her language too
      expect(
        recorder.messages().filter((sms) => sms.body.includes(`/portal/orders/${ours.id}`))
      ).toHaveLength(1)
      // the gateway answers before the module records the send: wait for the rows to settle
      let notifications: any[] = []
      const sms = () => notifications.filter((n) => n.channel === "sms")
      for (let attempt = 0; attempt < 100; attempt++) {
        notifications = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ resource_id: [ours.id, theirs.id] }, {
            select: ["to", "channel", "data", "status"],
          } as never)
        if (sms().length === 2 && sms().every((n) => n.status !== "pending")) {
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const email = notifications.find((n) => n.to === DEMO_ACCOUNTS.member.email)!
      expect(email.data?.locale).toBe("ar")
      expect(sms().map((n) => n.status)).toEqual(["success", "success"])
    })

    it("sends a failed SMS once the gateway is back, once", async () => {
      await optIn(DEMO_ACCOUNTS.member, "fr", "0612345670")
      recorder.setDown(true)
      try {
        const order = await placeOrder(uniqueEmail("sms-down"))
        const ours = (await partsOf(order.id)).find(
          (part) => part.vendor.handle === DEMO_ACCOUNTS.member.vendor
        )!
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        let failed: any[] = []
        for (let attempt = 0; attempt < 200 && !failed.length; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 100))
          failed = (
            await notifications.listNotifications({ resource_id: ours.id }, {
              select: ["channel", "status"],
            } as never)
          ).filter((n: any) => n.channel === "sms" && n.status === "failure")
        }
        expect(failed).toHaveLength(1)
        recorder.setDown(false)
        for (const minutes of [1, 10]) {
          await retryFailedNotificationsWorkflow(getContainer()).run({
            input: { at: new Date(Date.now() + minutes * 60_000).toISOString() },
          })
        }
        const sent = await smsTo("+212612345670", `/fr/portal/orders/${ours.id}`)
        expect(sent).toHaveLength(1)
        expect(sent[0].body).toMatch(
          /^Bazar Solidaire: 1 article pour la commande #\d+, à expédier avant le /
        )
      } finally {
        recorder.setDown(false)
      }
    })

    it("texts the shopper's delivery phone when a cooperative ships her parcel", async () => {
      const order = await placeOrder(uniqueEmail("sms-shipped"))
      const ours = (await partsOf(order.id)).find(
        (part) => part.vendor.handle === DEMO_ACCOUNTS.member.vendor
      )!
      const { email, password } = DEMO_ACCOUNTS.member
      const login = await api.post("/auth/vendor/emailpass", { email, password }, never)
      const shipped = await api.post(
        `/vendor/orders/${ours.id}/ship`,
        { tracking_number: "AMANA-SMS-42", carrier: "Amana" },
        bearer(login.data.token)
      )
      expect(shipped.status, JSON.stringify(shipped.data)).toBe(200)
      const [sms, ...others] = await smsTo("+212612345678", "AMANA-SMS-42")
      expect(others).toEqual([])
      expect(sms.body).toBe(
        `Bazar Solidaire: votre colis de la commande #${order.display_id} est en route, transporteur Amana, suivi AMANA-SMS-42.`
      )
    })

    it("refuses a phone number no one can call at the form, with a clear 400", async () => {
      const { email, password } = DEMO_ACCOUNTS.member
      const login = await api.post("/auth/vendor/emailpass", { email, password }, never)
      const token = login.data.token
      const bad = await api.post("/vendor/me", { phone: "0612" }, bearer(token))
      expect(bad.status).toBe(400)
      expect(bad.data.code).toBe("validation_failed")
      expect(bad.data.fields).toEqual([{ path: "phone", message: expect.stringContaining("06 12 34 56 78") }])
      // agreeing to SMS needs a number
      const noPhone = await api.post("/vendor/me", { phone: null, sms_opt_in: true }, bearer(token))
      expect(noPhone.status).toBe(400)
      expect(noPhone.data.message).toMatch(/phone number/)

      const applicant = await registerVendorLogin(api, uniqueEmail("bad-phone"))
      const application = applicationBody("Coopérative Numéro Faux")
      application.member.phone = "12345"
      const refused = await api.post("/vendor/applications", application, bearer(applicant))
      expect(refused.status).toBe(400)
      expect(refused.data.code).toBe("validation_failed")
      expect(refused.data.fields.map((field: any) => field.path)).toEqual(["member.phone"])

      // the shopper's delivery phone at checkout: refused when no one can call it, stored as E.164
      const cartId = (await api.post("/store/carts", { region_id: morocco.id }, store())).data.cart.id
      const address = { first_name: "Amina", address_1: "12 derb", city: "Marrakech", country_code: "ma" }
      const badAddress = await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: { ...address, phone: "06 12" } },
        store()
      )
      expect(badAddress.status).toBe(400)
      expect(badAddress.data.code).toBe("validation_failed")
      expect(badAddress.data.fields.map((field: any) => field.path)).toEqual(["shipping_address.phone"])
      const goodAddress = await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: { ...address, phone: "06 12 34 56 78" } },
        store()
      )
      expect(goodAddress.status, JSON.stringify(goodAddress.data)).toBe(200)
      expect(goodAddress.data.cart.shipping_address.phone).toBe("+212612345678")

      const profile = await api.post("/vendor/me/vendor", { phone: "+212 1" }, bearer(token))
      expect(profile.status).toBe(400)
      expect(profile.data.fields.map((field: any) => field.path)).toEqual(["phone"])
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { products as seedProducts } from "../../src/scripts/seed-data/products"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/constants"
import { COD_PROVIDER_ID } from "../../src/modules/cod"
import { never, PASSWORD, uniqueEmail } from "./helpers/portal"

// the best-stocked variant of the first product of two different cooperatives
const [first, second] = [...new Map(seedProducts.map((product) => [product.vendor, product])).values()]
  .slice(0, 2)
  .map((product) => ({
    handle: product.handle,
    sku: [...product.variants].sort((a, b) => b.stock - a.stock)[0].sku,
  }))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let key: string
    let morocco: { id: string }

    const store = (token?: string) => ({
      headers: { "x-publishable-api-key": key, ...(token && { authorization: `Bearer ${token}` }) },
      ...never,
    })

    async function variantId(line: { handle: string; sku: string }) {
      const { data } = await api.get(`/store/products?handle=${line.handle}&fields=id,*variants`, store())
      return data.products[0].variants.find((variant: any) => variant.sku === line.sku).id
    }

    /** A shopper account as the storefront makes it: an identity, then the customer, then a fresh login. */
    async function signUp(email: string) {
      const registration = await api.post(
        "/auth/customer/emailpass/register",
        { email, password: PASSWORD },
        never
      )
      expect(registration.status).toBe(200)
      const created = await api.post(
        "/store/customers",
        { email, first_name: "Amina", last_name: "El Idrissi" },
        store(registration.data.token)
      )
      expect(created.status, JSON.stringify(created.data)).toBe(200)
      const login = await api.post("/auth/customer/emailpass", { email, password: PASSWORD }, never)
      return login.data.token as string
    }

    /** The storefront's checkout: cart, address, one shipping method per cooperative, COD last, complete. */
    async function placeOrder(email: string, token?: string) {
      const items = [
        { variant_id: await variantId(first), quantity: 1 },
        { variant_id: await variantId(second), quantity: 1 },
      ]
      const created = await api.post("/store/carts", { region_id: morocco.id, items }, store())
      const cartId = created.data.cart.id
      if (token) {
        const attached = await api.post(`/store/carts/${cartId}/customer`, {}, store(token))
        expect(attached.status, JSON.stringify(attached.data)).toBe(200)
      }
      const addressed = await api.post(
        `/store/carts/${cartId}`,
        {
          email,
          metadata: { locale: "en" },
          shipping_address: {
            first_name: "Amina",
            last_name: "El Idrissi",
            address_1: "12 derb Sidi Bouloukat",
            address_2: "Near the Bab Doukkala mosque",
            city: "Marrakech",
            country_code: "ma",
            phone: "+212612345678",
          },
        },
        store(token)
      )
      expect(addressed.status, JSON.stringify(addressed.data)).toBe(200)
      const grouped = await api.get(`/store/carts/${cartId}/vendor-shipping-options`, store(token))
      for (const group of grouped.data.vendors) {
        await api.post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: group.shipping_options[0].id },
          store(token)
        )
      }
      const collection = await api.post("/store/payment-collections", { cart_id: cartId }, store(token))
      await api.post(
        `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
        { provider_id: COD_PROVIDER_ID },
        store(token)
      )
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, store(token))
      expect(completed.status, JSON.stringify(completed.data)).toBe(200)
      return completed.data.order
    }

    async function confirmationTo(email: string, template = "order-confirmation") {
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      for (let attempt = 0; attempt < 100; attempt++) {
        const [found] = await notifications.listNotifications({ to: email, template })
        if (found) {
          return found
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return undefined
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

    it("reads a cart with the fields the checkout needs", async () => {
      const created = await api.post("/store/carts", { region_id: morocco.id }, store())
      await api.post(
        `/store/carts/${created.data.cart.id}/line-items`,
        { variant_id: await variantId(first), quantity: 2 },
        store()
      )
      const fields = "+items.subtotal,+items.total,+customer_id"
      const { status, data } = await api.get(`/store/carts/${created.data.cart.id}?fields=${fields}`, store())
      expect(status, JSON.stringify(data)).toBe(200)
      expect(data.cart.region.countries.map((country: any) => country.iso_2)).toEqual(["ma"])
      expect(data.cart.completed_at).toBeNull()
      expect(data.cart.items[0].subtotal).toBe(data.cart.items[0].unit_price * 2)
      expect(data.cart).toHaveProperty("customer_id")
    })

    it("sends the shopper a confirmation with each cooperative's part, once, in the checkout's language", async () => {
      const email = uniqueEmail("guest")
      const order = await placeOrder(email)
      const notification = await confirmationTo(email)
      expect(notification, "no order-confirmation notification").toBeDefined()
      expect(notification!.channel).toBe("email")
      const data = notification!.data as any
      expect(data).toMatchObject({
        order_id: order.id,
        display_id: order.display_id,
        cash_on_delivery: true,
        currency_code: "mad",
      })
      expect(new URL(data.url).pathname).toBe(`/en/order/${order.id}/confirmed`)
      expect(data.parts).toHaveLength(2)
      expect(data.parts.every((part: any) => part.cooperative && part.items.length === 1)).toBe(true)

      // a replayed order.placed sends nothing more
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "order.placed", data: { id: order.id } })
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const all = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: email, template: "order-confirmation" })
      expect(all).toHaveLength(1)
    })

    it("lists a signed-in shopper's orders with each cooperative's part and status, and only theirs", async () => {
      const email = uniqueEmail("shopper")
      const token = await signUp(email)
      const order = await placeOrder(email, token)

      const fields =
        "id,display_id,customer_id,vendor_order.status,vendor_order.total,vendor_order.tracking_number,vendor_order.vendor.name,vendor_order.items.title,vendor_order.items.product_id"
      const detail = await api.get(`/store/orders/${order.id}?fields=${fields}`, store(token))
      expect(detail.status, JSON.stringify(detail.data)).toBe(200)
      expect(detail.data.order.vendor_order).toHaveLength(2)
      expect(detail.data.order.vendor_order[0]).toMatchObject({ status: "pending", tracking_number: null })
      expect(detail.data.order.vendor_order[0].vendor.name).toBeTruthy()
      // the storefront names the items in the shopper's language from their products
      expect(detail.data.order.vendor_order[0].items[0].product_id).toMatch(/^prod_/)

      const mine = await api.get(`/store/orders?fields=${fields}`, store(token))
      expect(mine.status).toBe(200)
      expect(mine.data.orders.map((o: any) => o.id)).toEqual([order.id])

      const otherToken = await signUp(uniqueEmail("other"))
      const theirs = await api.get("/store/orders", store(otherToken))
      expect(theirs.data.orders).toEqual([])
    })

    it("adds orders placed without an account to the account made later, once the order's mailbox accepts", async () => {
      const email = uniqueEmail("guest-then-account")
      const order = await placeOrder(email)
      const token = await signUp(email)
      expect((await api.get("/store/orders", store(token))).data.orders).toEqual([])

      // someone else's account, or no account, finds nothing and learns nothing
      const stranger = await signUp(uniqueEmail("stranger"))
      const strangers = await api.post("/store/customers/me/guest-orders", {}, store(stranger))
      expect(strangers.status).toBe(202)
      expect((await api.post("/store/customers/me/guest-orders", {}, store())).status).toBe(401)
      expect((await api.post("/store/customers/me/guest-orders", { email }, store(token))).status).toBe(400)

      const asked = await api.post("/store/customers/me/guest-orders", {}, store(token))
      expect(asked.status).toBe(202)
      expect(asked.data.message).toBe(strangers.data.message)
      // asking is not owning: the order stays out of the account until the link is used
      expect((await api.get("/store/orders", store(token))).data.orders).toEqual([])

      const message = await confirmationTo(email, "order-transfer-requested")
      expect(message, "no order-transfer-requested notification").toBeDefined()
      const link = new URL((message!.data as any).url)
      expect(link.pathname).toBe(`/en/account/orders/${order.id}/claim`)
      const wrong = await api.post(
        `/store/orders/${order.id}/transfer/accept`,
        { token: "not-the-token" },
        store()
      )
      expect(wrong.status).toBe(400)
      const accepted = await api.post(
        `/store/orders/${order.id}/transfer/accept`,
        { token: link.searchParams.get("token") },
        store()
      )
      expect(accepted.status, JSON.stringify(accepted.data)).toBe(200)

      const mine = await api.get("/store/orders?fields=id,vendor_order.status", store(token))
      expect(mine.data.orders.map((o: any) => o.id)).toEqual([order.id])
      expect(mine.data.orders[0].vendor_order).toHaveLength(2)
      // asked again, nothing is left to offer
      expect((await api.post("/store/customers/me/guest-orders", {}, store(token))).status).toBe(202)
      const sent = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: email, template: "order-transfer-requested" })
      expect(sent).toHaveLength(1)
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import seed from "../../src/scripts/seed"
import { products as seedProducts } from "../../src/scripts/seed-data/products"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/constants"
import { COD_PROVIDER_ID } from "../../src/modules/cod"
import {
  applyAsCooperative,
  bearer,
  loginStaff,
  never,
  PASSWORD,
  registerVendorLogin,
  uniqueEmail,
  uploadPhoto,
} from "./helpers/portal"

// What an attacker tried on the running marketplace: reading orders by id, telling which emails have
// accounts, uploading without a cooperative. Each case is the attack, then what the owner still can do.

// the best-stocked variant of the first product of two different cooperatives
const [first, second] = [...new Map(seedProducts.map((product) => [product.vendor, product])).values()]
  .slice(0, 2)
  .map((product) => ({
    vendor: product.vendor,
    handle: product.handle,
    sku: [...product.variants].sort((a, b) => b.stock - a.stock)[0].sku,
  }))

const DAILY_PHOTOS = 12

/** A JPEG as a phone writes it: GPS coordinates and the camera in its EXIF. */
function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#b5651d" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Phone 12" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "30/1 29/1 0/1",
        GPSLongitudeRef: "W",
        GPSLongitude: "7/1 55/1 0/1",
      },
    })
    .toBuffer()
}

medusaIntegrationTestRunner({
  inApp: true,
  env: { VENDOR_UPLOADS_PER_DAY: String(DAILY_PHOTOS) },
  testSuite: ({ api, getContainer }) => {
    let key: string
    let morocco: { id: string }
    let counter = 0

    const store = (token?: string, extra: Record<string, string> = {}) => ({
      headers: {
        "x-publishable-api-key": key,
        ...(token && { authorization: `Bearer ${token}` }),
        ...extra,
      },
      ...never,
    })

    const notificationsTo = (to: string, template: string) =>
      getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to, template })

    async function waitForNotification(to: string, template: string) {
      for (let attempt = 0; attempt < 100; attempt++) {
        const [found] = await notificationsTo(to, template)
        if (found) {
          return found
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return undefined
    }

    async function variantId(line: { handle: string; sku: string }) {
      const { data } = await api.get(`/store/products?handle=${line.handle}&fields=id,*variants`, store())
      return data.products[0].variants.find((variant: any) => variant.sku === line.sku).id
    }

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

    /** The storefront's checkout across two cooperatives, paid cash on delivery; the whole answer. */
    async function placeOrder(email: string, token?: string) {
      const items = [
        { variant_id: await variantId(first), quantity: 1 },
        { variant_id: await variantId(second), quantity: 1 },
      ]
      const created = await api.post("/store/carts", { region_id: morocco.id, items }, store(token))
      const cartId = created.data.cart.id
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
      return { ...completed.data, cartId }
    }

    /** A member of a seeded cooperative, signed in. */
    async function memberOf(vendorHandle: string) {
      const container = getContainer()
      const vendorService = container.resolve("vendor") as any
      const [vendor] = await vendorService.listVendors({ handle: vendorHandle })
      const email = `member-${vendorHandle}-${++counter}@example.ma`
      const authService = container.resolve(Modules.AUTH)
      const { authIdentity } = await authService.register("emailpass", {
        body: { email, password: PASSWORD },
      } as never)
      const member = await vendorService.createVendorMembers({
        vendor_id: vendor.id,
        email,
        first_name: "Fatima",
        last_name: "Ait Ali",
        role: "owner",
      })
      await authService.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { vendor_id: member.id } })
      const login = await api.post("/auth/vendor/emailpass", { email, password: PASSWORD }, never)
      return { vendor, token: login.data.token as string }
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

    describe("orders", () => {
      it("a guest's order is not readable with its id alone, only with the secret its browser received", async () => {
        const email = uniqueEmail("guest")
        const placed = await placeOrder(email)
        const orderId = placed.order.id

        // the attack: the publishable key and an order id
        const byId = await api.get(`/store/orders/${orderId}`, store())
        expect(byId.status).toBe(404)
        expect(JSON.stringify(byId.data)).not.toContain(email)
        const wrongSecret = await api.get(
          `/store/orders/${orderId}`,
          store(undefined, { "x-order-token": "guess" })
        )
        expect(wrongSecret.status).toBe(404)
        const stranger = await signUp(uniqueEmail("stranger"))
        expect((await api.get(`/store/orders/${orderId}`, store(stranger))).status).toBe(404)
        // nor by asking to have it transferred to one's own account
        const transfer = await api.post(`/store/orders/${orderId}/transfer/request`, {}, store(stranger))
        expect(transfer.status).toBe(404)
        expect(JSON.stringify(transfer.data)).not.toContain(email)

        // the browser that placed it got the secret, and a retried completion answers the same one
        expect(placed.order_access_token).toEqual(expect.any(String))
        const again = await api.post(`/store/carts/${placed.cartId}/complete`, {}, store())
        expect(again.data.order_access_token).toBe(placed.order_access_token)
        const mine = await api.get(
          `/store/orders/${orderId}`,
          store(undefined, { "x-order-token": placed.order_access_token })
        )
        expect(mine.status).toBe(200)
        expect(mine.data.order.email).toBe(email)
        // the secret opens this order only
        const other = await placeOrder(uniqueEmail("guest"))
        const crossed = await api.get(
          `/store/orders/${other.order.id}`,
          store(undefined, { "x-order-token": placed.order_access_token })
        )
        expect(crossed.status).toBe(404)

        // the confirmation email's link carries it
        const message = await waitForNotification(email, "order-confirmation")
        const link = new URL((message!.data as any).url)
        expect(link.pathname).toBe(`/fr/order/${orderId}/confirmed`)
        expect(link.searchParams.get("token")).toBe(placed.order_access_token)
      })

      it("a signed-in shopper reads their own order, nobody else's", async () => {
        const email = uniqueEmail("shopper")
        const token = await signUp(email)
        const placed = await placeOrder(email, token)
        expect((await api.get(`/store/orders/${placed.order.id}`, store(token))).status).toBe(200)
        expect((await api.get(`/store/orders/${placed.order.id}`, store())).status).toBe(404)
      })

      it("members never receive the parent order id, nor anything of another cooperative's part", async () => {
        const placed = await placeOrder(uniqueEmail("split"))
        const orderId = placed.order.id
        const memberA = await memberOf(first.vendor)
        const list = await api.get("/vendor/orders", bearer(memberA.token))
        expect(list.status).toBe(200)
        const part = list.data.orders.find((row: any) => row.display_id === placed.order.display_id)
        expect(part).toBeDefined()
        expect(part).not.toHaveProperty("order_id")
        const detail = await api.get(`/vendor/orders/${part.id}`, bearer(memberA.token))
        expect(detail.status).toBe(200)
        for (const answer of [list.data, detail.data]) {
          const text = JSON.stringify(answer)
          expect(text).not.toContain(orderId)
          // the other cooperative's line is not named anywhere
          expect(text).not.toContain(second.sku)
        }
        expect(detail.data.order.items.every((item: any) => item.sku !== second.sku)).toBe(true)
      })
    })

    describe("accounts", () => {
      it("registering a shopper answers the same whether or not the email has an account; the mailbox learns the truth", async () => {
        const taken = uniqueEmail("taken")
        await signUp(taken)
        const fresh = await api.post(
          "/auth/customer/emailpass/register",
          { email: uniqueEmail("fresh"), password: PASSWORD },
          never
        )
        const again = await api.post(
          "/auth/customer/emailpass/register",
          { email: taken, password: "another-pass-2026" },
          never
        )
        expect(again.status).toBe(fresh.status)
        expect(Object.keys(again.data).sort()).toEqual(Object.keys(fresh.data).sort())
        expect(JSON.stringify(again.data)).not.toMatch(/exists/i)
        const claims = (token: string) =>
          Object.keys(JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString())).sort()
        expect(claims(again.data.token)).toEqual(claims(fresh.data.token))
        const message = await waitForNotification(taken, "account-exists")
        expect(message, "no account-exists notification").toBeDefined()
        // that token creates nothing (the storefront says "if it has an account, we wrote to it")
        const customer = await api.post(
          "/store/customers",
          { email: taken, first_name: "Eve", last_name: "Intruder" },
          store(again.data.token)
        )
        expect([401, 404, 422]).toContain(customer.status)
        expect(JSON.stringify(customer.data)).not.toContain("Eve")

        // the account is untouched: its password still works, the other one does not
        expect(
          (await api.post("/auth/customer/emailpass", { email: taken, password: PASSWORD }, never)).status
        ).toBe(200)
        expect(
          (await api.post("/auth/customer/emailpass", { email: taken, password: "another-pass-2026" }, never))
            .status
        ).toBe(401)
      })

      it("registering a member's login answers the same whether or not the email has an account", async () => {
        const cooperative = await applyAsCooperative(api, "Coopérative Enumération")
        const fresh = await api.post(
          "/auth/vendor/emailpass/register",
          { email: uniqueEmail("fresh-member"), password: PASSWORD },
          never
        )
        const again = await api.post(
          "/auth/vendor/emailpass/register",
          { email: cooperative.email, password: "another-pass-2026" },
          never
        )
        expect(again.status).toBe(fresh.status)
        expect(Object.keys(again.data).sort()).toEqual(Object.keys(fresh.data).sort())
        expect(await waitForNotification(cooperative.email, "account-exists")).toBeDefined()
        // and that answer opens nothing: no application, no upload under another's name
        const applied = await api.post("/vendor/applications", {}, bearer(again.data.token))
        expect(applied.status).not.toBe(201)
      })

      it("inviting another cooperative's member answers like any invitation; the mailbox learns the truth", async () => {
        const a = await applyAsCooperative(api, "Coopérative Invitante")
        const b = await applyAsCooperative(api, "Coopérative Voisine")
        const fresh = await api.post("/vendor/invites", { email: uniqueEmail("invitee") }, bearer(a.token))
        const taken = await api.post("/vendor/invites", { email: b.email }, bearer(a.token))
        expect(taken.status).toBe(fresh.status)
        expect(Object.keys(taken.data.invite ?? {}).sort()).toEqual(Object.keys(fresh.data.invite).sort())
        expect(taken.data.invite.email).toBe(b.email)
        const message = await waitForNotification(b.email, "vendor-invite-already-member")
        expect(message, "no notification to the invited member").toBeDefined()
        // no usable invitation was sent
        expect(await notificationsTo(b.email, "vendor-member-invite")).toEqual([])
      })
    })

    describe("uploads", () => {
      it("a new login without a cooperative uploads its application's logo, within a small budget", async () => {
        const registration = await registerVendorLogin(api, uniqueEmail("logo"))
        const two = new FormData()
        for (const name of ["a.png", "b.png"]) {
          two.append("files", new Blob([await phonePhoto()], { type: "image/jpeg" }), name)
        }
        const many = await api.post("/vendor/uploads", two, bearer(registration))
        expect(many.status).toBe(400)
        expect(many.data.message).toMatch(/one logo/)

        for (let i = 0; i < 3; i++) {
          expect((await uploadPhoto(api, registration, `logo-${i}.png`)).status).toBe(200)
        }
        const more = await uploadPhoto(api, registration, "logo-4.png")
        expect(more.status).toBe(429)
        expect(more.data.message).toMatch(/3 logos/)
        expect(Number(more.headers["retry-after"])).toBeGreaterThan(0)
      })

      it("a cooperative has a daily quota, and the answer says it", async () => {
        const staff = await loginStaff(api)
        expect(staff).toBeDefined()
        const cooperative = await applyAsCooperative(api, "Coopérative Quota")
        const form = new FormData()
        for (let i = 0; i < DAILY_PHOTOS; i++) {
          form.append("files", new Blob([await phonePhoto()], { type: "image/jpeg" }), `p${i}.jpg`)
          if (form.getAll("files").length === 6) {
            expect((await api.post("/vendor/uploads", form, bearer(cooperative.token))).status).toBe(200)
            form.delete("files")
          }
        }
        const over = await uploadPhoto(api, cooperative.token, "one-more.png")
        expect(over.status).toBe(429)
        expect(over.data.message).toMatch(new RegExp(`${DAILY_PHOTOS} photos`))
        // another cooperative is not affected
        const other = await applyAsCooperative(api, "Coopérative Voisine Quota")
        expect((await uploadPhoto(api, other.token, "fine.png")).status).toBe(200)
      })

      it("two uploads sent at the same instant cannot both take the quota's last place", async () => {
        const cooperative = await applyAsCooperative(api, "Coopérative Course")
        for (let i = 0; i < DAILY_PHOTOS - 1; i++) {
          expect((await uploadPhoto(api, cooperative.token, `p${i}.png`)).status).toBe(200)
        }
        // each upload is decoded and re-encoded between the quota check and its record: the window a
        // second request would slip through
        const photo = await phonePhoto()
        const both = await Promise.all([
          uploadPhoto(api, cooperative.token, "last-a.jpg", photo, "image/jpeg"),
          uploadPhoto(api, cooperative.token, "last-b.jpg", photo, "image/jpeg"),
        ])
        expect(both.map((answer) => answer.status).sort()).toEqual([200, 429])

        // the same for a new login's application logos
        const registration = await registerVendorLogin(api, uniqueEmail("logo-race"))
        for (let i = 0; i < 2; i++) {
          expect((await uploadPhoto(api, registration, `logo-${i}.png`)).status).toBe(200)
        }
        const logos = await Promise.all([
          uploadPhoto(api, registration, "logo-a.jpg", photo, "image/jpeg"),
          uploadPhoto(api, registration, "logo-b.jpg", photo, "image/jpeg"),
        ])
        expect(logos.map((answer) => answer.status).sort()).toEqual([200, 429])
      })

      it("strips EXIF (GPS, camera) from uploaded photos", async () => {
        const cooperative = await applyAsCooperative(api, "Coopérative Exif")
        const photo = await phonePhoto()
        expect((await sharp(photo).metadata()).exif).toBeDefined()
        const uploaded = await uploadPhoto(api, cooperative.token, "home.jpg", photo, "image/jpeg")
        expect(uploaded.status).toBe(200)
        const stored = await getContainer().resolve(Modules.FILE).getAsBuffer(uploaded.data.files[0].id)
        const metadata = await sharp(stored).metadata()
        // what is stored is the photo pipeline's largest WebP variant, never the JPEG as sent
        expect(metadata.format).toBe("webp")
        expect(metadata.exif).toBeUndefined()
        expect(stored.includes(Buffer.from("PhoneMaker"))).toBe(false)
      })
    })
  },
})

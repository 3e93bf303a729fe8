import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seed, { WITHOUT_STAND_SALES } from "../../src/scripts/seed"
import { products as seedProducts } from "../../src/scripts/seed-data/products"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/constants"
import { COD_PROVIDER_ID } from "../../src/modules/cod"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import { ORPHAN_RESERVATION_MINUTES } from "../../src/jobs/release-orphan-reservations"
import { releaseOrphanReservationsWorkflow } from "../../src/workflows/inventory/workflows/release-orphan-reservations"
import { approvedCooperative, bearer, firstCategoryId, productBody, uploadPhoto } from "./helpers/portal"

const never = { validateStatus: () => true }

// seed products from distinct cooperatives, best-stocked variant first: each test takes its own
const byVendor = new Map<string, { handle: string; sku: string; price_mad: number; stock: number }[]>()
for (const product of seedProducts) {
  const variant = [...product.variants].sort((a, b) => b.stock - a.stock)[0]
  // some demo pieces are unique or sold out: tests buy a few units of what is well stocked
  if (variant.stock < 5) {
    continue
  }
  byVendor.set(product.vendor, [
    ...(byVendor.get(product.vendor) ?? []),
    { handle: product.handle, sku: variant.sku, price_mad: variant.price_mad, stock: variant.stock },
  ])
}
const vendorHandles = [...byVendor.keys()]
const usedOf = new Map<string, number>()
/**
 * A stocked product no other test has used yet, of the cooperative other tests have used the least
 * among those with a product left (19 in the demo data, some with a single product).
 */
function freshVendorProduct() {
  const handle = vendorHandles
    .filter((vendor) => (usedOf.get(vendor) ?? 0) < byVendor.get(vendor)!.length)
    .sort((a, b) => (usedOf.get(a) ?? 0) - (usedOf.get(b) ?? 0))[0]
  if (!handle) {
    throw new Error("The demo data has no stocked product left for another test")
  }
  const used = usedOf.get(handle) ?? 0
  usedOf.set(handle, used + 1)
  return { vendor: handle, ...byVendor.get(handle)![used] }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let morocco: { id: string }
    let europe: { id: string }
    const variantIds = new Map<string, string>()

    const store = (extra: Record<string, string> = {}) => ({ headers: { ...headers, ...extra }, ...never })

    async function variantId(handle: string, sku: string) {
      if (!variantIds.has(sku)) {
        const { data } = await api.get(`/store/products?handle=${handle}&fields=id,*variants`, store())
        for (const variant of data.products[0].variants) {
          variantIds.set(variant.sku, variant.id)
        }
      }
      return variantIds.get(sku)!
    }

    type Line = { handle: string; sku: string; quantity?: number }

    /** A Moroccan cart with shipping per cooperative (home delivery, or pick-up) and a COD session. */
    async function readyCart(lines: Line[], options: { shipping?: "home-delivery" | "pickup" } = {}) {
      const items = await Promise.all(
        lines.map(async (line) => ({
          variant_id: await variantId(line.handle, line.sku),
          quantity: line.quantity ?? 1,
        }))
      )
      const created = await api.post(
        "/store/carts",
        {
          region_id: morocco.id,
          email: "amina@example.ma",
          items,
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
      expect(grouped.status).toBe(200)
      const option_ids = grouped.data.vendors.map(
        (group: any) =>
          group.shipping_options.find((o: any) => o.type.code === (options.shipping ?? "home-delivery")).id
      )
      const added = await api.post(`/store/carts/${cartId}/vendor-shipping-methods`, { option_ids }, store())
      expect(added.status, JSON.stringify(added.data)).toBe(200)
      expect(added.data.cart.shipping_methods).toHaveLength(option_ids.length)
      await codSession(cartId)
      return { cartId, grouped: grouped.data.vendors }
    }

    /** Pays cash on delivery; Medusa drops payment sessions when the cart total changes, so it comes last. */
    async function codSession(cartId: string) {
      const collection = await api.post("/store/payment-collections", { cart_id: cartId }, store())
      expect(collection.status).toBe(200)
      const session = await api.post(
        `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
        { provider_id: COD_PROVIDER_ID },
        store()
      )
      expect(session.status).toBe(200)
    }

    const complete = (cartId: string) => api.post(`/store/carts/${cartId}/complete`, {}, store())

    async function graph(entity: string, fields: string[], filters: Record<string, unknown>) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity, fields, filters } as never)
      return data as any[]
    }

    async function ordersOfCart(cartId: string) {
      return graph("order_cart", ["order_id"], { cart_id: cartId })
    }

    beforeAll(async () => {
      const container = getContainer()
      // balances below are sums from an empty ledger
      await seed({ container, args: [WITHOUT_STAND_SALES] } as never)
      const [key] = await graph("api_key", ["token"], { title: STOREFRONT_KEY_TITLE })
      headers = { "x-publishable-api-key": key.token }
      const { data } = await api.get("/store/regions", store())
      morocco = data.regions.find((region: any) => region.currency_code === "mad")
      europe = data.regions.find((region: any) => region.currency_code === "eur")
    })

    describe("addresses abroad", () => {
      it("takes each country's postcode as its post writes it, and asks an Italian address's province", async () => {
        const created = await api.post("/store/carts", { region_id: europe.id }, store())
        expect(created.status).toBe(200)
        const address = (extra: Record<string, unknown>) =>
          api.post(
            `/store/carts/${created.data.cart.id}`,
            {
              shipping_address: {
                first_name: "Amina",
                last_name: "El Idrissi",
                address_1: "Via Paolo Sarpi 12",
                ...extra,
              },
            },
            { ...store(), ...never }
          )
        const french = await address({ city: "Paris", country_code: "fr", postal_code: "SW1A 1AA" })
        expect(french.status).toBe(400)
        expect(french.data.message).toContain('"SW1A 1AA" is not a postcode of FR (for example 75011)')
        const dutch = await address({ city: "Amsterdam", country_code: "nl", postal_code: "1012ab" })
        expect(dutch.status, JSON.stringify(dutch.data)).toBe(200)
        expect(dutch.data.cart.shipping_address.postal_code).toBe("1012 AB")

        const withoutProvince = await address({ city: "Milano", country_code: "it", postal_code: "20154" })
        expect(withoutProvince.status).toBe(400)
        expect(withoutProvince.data.fields).toEqual([
          expect.objectContaining({ path: "shipping_address.province" }),
        ])
        const italian = await address({
          city: "Milano",
          country_code: "it",
          postal_code: "20154",
          province: "mi",
        })
        expect(italian.status, JSON.stringify(italian.data)).toBe(200)
        expect(italian.data.cart.shipping_address).toMatchObject({ province: "MI", postal_code: "20154" })

        // the address book checks the same
        const email = `abroad-${Date.now()}@example.it`
        const registered = await api.post("/auth/customer/emailpass/register", {
          email,
          password: "bazar-2026",
        })
        const bearer = (token: string) => ({
          headers: { ...headers, authorization: `Bearer ${token}` },
          ...never,
        })
        const customer = await api.post(
          "/store/customers",
          { email, first_name: "Amina", last_name: "El Idrissi" },
          bearer(registered.data.token)
        )
        expect(customer.status, JSON.stringify(customer.data)).toBe(200)
        const login = await api.post("/auth/customer/emailpass", { email, password: "bazar-2026" })
        const saved = await api.post(
          "/store/customers/me/addresses",
          {
            first_name: "Amina",
            last_name: "El Idrissi",
            address_1: "Via Paolo Sarpi 12",
            city: "Milano",
            country_code: "it",
            postal_code: "2015",
          },
          bearer(login.data.token)
        )
        expect(saved.status).toBe(400)
        expect(saved.data.fields).toEqual(
          expect.arrayContaining([expect.objectContaining({ path: "postal_code" })])
        )
      })
    })

    describe("cash on delivery", () => {
      it("is offered in Morocco and Europe, in place of the system provider", async () => {
        for (const region of [morocco, europe]) {
          const { data } = await api.get(`/store/payment-providers?region_id=${region.id}`, store())
          const ids = data.payment_providers.map((provider: { id: string }) => provider.id)
          expect(ids).toContain(COD_PROVIDER_ID)
          expect(ids).not.toContain("pp_system_default")
        }
      })
    })

    describe("one cart across cooperatives", () => {
      it("lists shipping per cooperative, keeps one method per cooperative, and splits the order", async () => {
        const a = freshVendorProduct()
        const b = freshVendorProduct()
        const { cartId, grouped } = await readyCart([{ ...a, quantity: 2 }, b])
        expect(grouped.map((group: any) => group.vendor.handle).sort()).toEqual([a.vendor, b.vendor].sort())
        for (const group of grouped) {
          // each cooperative offers its own home delivery and pick-up, not the 17 others'
          expect(group.shipping_options.map((option: any) => option.type.code).sort()).toEqual([
            "home-delivery",
            "pickup",
          ])
        }

        // every cooperative's choice is saved in one call; a bad choice saves none
        const homeA = grouped
          .find((group: any) => group.vendor.handle === a.vendor)
          .shipping_options.find((o: any) => o.type.code === "home-delivery")
        const pickupA = grouped
          .find((group: any) => group.vendor.handle === a.vendor)
          .shipping_options.find((o: any) => o.type.code === "pickup")
        for (const [body, message] of [
          [{ option_ids: [] }, /option_ids/],
          [{ option_ids: "so_1" }, /option_ids/],
          [{ option_ids: [homeA.id, homeA.id] }, /chosen twice/],
          [{ option_ids: [homeA.id], price: 0 }, /price/],
          [{ option_ids: ["so_does_not_exist"] }, /so_does_not_exist does not deliver anything in this cart/],
          [{ option_ids: [homeA.id, pickupA.id] }, /one delivery option per cooperative/],
        ] as const) {
          const refused = await api.post(`/store/carts/${cartId}/vendor-shipping-methods`, body, store())
          expect(refused.status, JSON.stringify(body)).toBe(400)
          expect(refused.data.message).toMatch(message)
        }
        // a cooperative that has nothing in this cart does not deliver it
        const other = await readyCart([freshVendorProduct()])
        const foreignOption = other.grouped[0].shipping_options[0].id
        const foreign = await api.post(
          `/store/carts/${cartId}/vendor-shipping-methods`,
          { option_ids: [homeA.id, foreignOption] },
          store()
        )
        expect(foreign.status, JSON.stringify(foreign.data)).toBe(400)
        expect(foreign.data.message).toMatch(/does not deliver anything in this cart/)
        // and not through Medusa's own one-option route either
        const foreignOne = await api.post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: foreignOption },
          store()
        )
        expect(foreignOne.status, JSON.stringify(foreignOne.data)).toBe(400)
        const unchanged = await api.get(
          `/store/carts/${cartId}?fields=shipping_methods.shipping_option_id`,
          store()
        )
        expect(unchanged.data.cart.shipping_methods.map((m: any) => m.shipping_option_id).sort()).toEqual(
          grouped
            .map((group: any) => group.shipping_options.find((o: any) => o.type.code === "home-delivery").id)
            .sort()
        )

        // switching cooperative B to pick-up replaces B's method only
        const pickupB = grouped
          .find((group: any) => group.vendor.handle === b.vendor)
          .shipping_options.find((o: any) => o.type.code === "pickup")
        const switched = await api.post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: pickupB.id },
          store()
        )
        expect(switched.status, JSON.stringify(switched.data)).toBe(200)
        const cart = switched.data.cart
        expect(cart.shipping_methods).toHaveLength(2)
        expect(cart.shipping_total).toBe(35)
        expect(cart.item_total).toBe(a.price_mad * 2 + b.price_mad)
        expect(cart.total).toBe(a.price_mad * 2 + b.price_mad + 35)
        // the total changed: the payment session is made again for the new amount
        await codSession(cartId)

        const response = await complete(cartId)
        expect(response.status, JSON.stringify(response.data)).toBe(200)
        expect(response.data.type).toBe("order")
        const order = response.data.order
        expect(order.total).toBe(cart.total)

        const [withParts] = await graph(
          "order",
          [
            "id",
            "vendor_order.*",
            "vendor_order.items.*",
            "vendor_order.vendor.handle",
            "payment_collections.payments.*",
          ],
          { id: order.id }
        )
        const parts = withParts.vendor_order
        expect(parts).toHaveLength(2)
        const partA = parts.find((part: any) => part.vendor.handle === a.vendor)
        const partB = parts.find((part: any) => part.vendor.handle === b.vendor)
        expect(partA).toMatchObject({
          status: "pending",
          item_total: a.price_mad * 2,
          shipping_total: 35,
          total: a.price_mad * 2 + 35,
        })
        expect(partA.items).toEqual([expect.objectContaining({ quantity: 2, unit_price: a.price_mad })])
        expect(partB).toMatchObject({
          item_total: b.price_mad,
          shipping_total: 0,
          total: b.price_mad,
          payment_provider_id: COD_PROVIDER_ID,
        })
        expect(partA.total + partB.total).toBe(order.total)

        // cash on delivery: authorized at placement, nothing captured before delivery
        const [payment] = withParts.payment_collections[0].payments
        expect(payment).toMatchObject({
          provider_id: COD_PROVIDER_ID,
          amount: order.total,
          captured_at: null,
        })
      })

      it("refuses to complete while a cooperative has no shipping method", async () => {
        const a = freshVendorProduct()
        const b = freshVendorProduct()
        const { cartId, grouped } = await readyCart([a, b])
        const methodB = (
          await graph("cart", ["shipping_methods.id", "shipping_methods.shipping_option_id"], { id: cartId })
        )[0].shipping_methods.find((method: any) =>
          grouped
            .find((group: any) => group.vendor.handle === b.vendor)
            .shipping_options.some((o: any) => o.id === method.shipping_option_id)
        )
        await getContainer().resolve(Modules.CART).deleteShippingMethods([methodB.id])
        const response = await complete(cartId)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/shipping/i)
        expect(response.data.code).toBe("shipping_required")
        expect(await ordersOfCart(cartId)).toHaveLength(0)
      })

      it("ignores prices and totals sent by the client", async () => {
        const a = freshVendorProduct()
        const { cartId } = await readyCart([a])
        const withPrice = await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: await variantId(a.handle, a.sku), quantity: 1, unit_price: 1 },
          store()
        )
        expect(withPrice.status).toBe(400)
        const withTotal = await api.post(`/store/carts/${cartId}`, { total: 1, item_total: 1 }, store())
        expect(withTotal.status).toBe(400)
        const { data } = await api.get(`/store/carts/${cartId}`, store())
        expect(data.cart.item_total).toBe(a.price_mad)
      })
    })

    describe("the checkout in one trip", () => {
      it("groups the lines by cooperative with localized titles and each cooperative's options", async () => {
        const a = freshVendorProduct()
        const b = freshVendorProduct()
        const titles = new Map(seedProducts.map((product) => [product.handle, product.title]))
        const items = [
          { variant_id: await variantId(a.handle, a.sku), quantity: 2 },
          { variant_id: await variantId(b.handle, b.sku), quantity: 1 },
        ]
        const created = await api.post(
          "/store/carts",
          { region_id: morocco.id, email: "amina@example.ma", items },
          store()
        )
        expect(created.status, JSON.stringify(created.data)).toBe(200)
        const cartId = created.data.cart.id

        // before the address (Medusa fills in the region's only country): the parcels and their lines
        const early = await api.get(`/store/carts/${cartId}/checkout`, store({ "x-medusa-locale": "fr" }))
        expect(early.status, JSON.stringify(early.data)).toBe(200)
        expect(early.data.cart).toMatchObject({
          id: cartId,
          email: "amina@example.ma",
          currency_code: "mad",
          shipping_address: expect.objectContaining({ address_1: null, country_code: "ma" }),
          completed_at: null,
          item_total: a.price_mad * 2 + b.price_mad,
        })
        expect(early.data.cart.region.countries).toContainEqual({ iso_2: "ma" })
        expect(early.data.payment_providers).toContain(COD_PROVIDER_ID)
        const parcelOf = (data: any, handle: string) =>
          data.vendors.find((group: any) => group.vendor?.handle === handle)
        expect(early.data.vendors.map((group: any) => group.vendor.handle).sort()).toEqual(
          [a.vendor, b.vendor].sort()
        )
        expect(parcelOf(early.data, a.vendor)).toMatchObject({
          subtotal: a.price_mad * 2,
          selected_shipping_option_id: null,
          items: [expect.objectContaining({ quantity: 2, product_title: titles.get(a.handle)!.fr })],
        })

        // the same cart in Arabic, by header or by query: titles from the Translation Module
        for (const request of [
          api.get(`/store/carts/${cartId}/checkout`, store({ "x-medusa-locale": "ar" })),
          api.get(`/store/carts/${cartId}/checkout?locale=ar`, store()),
        ]) {
          const arabic = await request
          expect(arabic.status, JSON.stringify(arabic.data)).toBe(200)
          expect(parcelOf(arabic.data, a.vendor).items[0].product_title).toBe(titles.get(a.handle)!.ar)
          expect(parcelOf(arabic.data, b.vendor).items[0].product_title).toBe(titles.get(b.handle)!.ar)
        }

        // with an address: each cooperative's own options, the ones the shipping route lists
        const addressed = await api.post(
          `/store/carts/${cartId}`,
          {
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
        const listed = await api.get(`/store/carts/${cartId}/vendor-shipping-options`, store())
        const homeA = parcelOf(listed.data, a.vendor).shipping_options.find(
          (option: any) => option.type.code === "home-delivery"
        )
        const chosen = await api.post(
          `/store/carts/${cartId}/vendor-shipping-methods`,
          { option_ids: [homeA.id] },
          store()
        )
        expect(chosen.status, JSON.stringify(chosen.data)).toBe(200)

        const ready = await api.get(`/store/carts/${cartId}/checkout`, store({ "x-medusa-locale": "fr" }))
        expect(ready.status, JSON.stringify(ready.data)).toBe(200)
        expect(ready.data.cart.shipping_address).toMatchObject({ city: "Marrakech", country_code: "ma" })
        expect(ready.data.cart.shipping_total).toBe(35)
        expect(ready.data.cart.total).toBe(a.price_mad * 2 + b.price_mad + 35)
        for (const handle of [a.vendor, b.vendor]) {
          const group = parcelOf(ready.data, handle)
          expect(group.shipping_options.map((option: any) => option.id).sort()).toEqual(
            parcelOf(listed.data, handle)
              .shipping_options.map((option: any) => option.id)
              .sort()
          )
          expect(group.shipping_options.map((option: any) => option.type.code).sort()).toEqual([
            "home-delivery",
            "pickup",
          ])
        }
        expect(parcelOf(ready.data, a.vendor).selected_shipping_option_id).toBe(homeA.id)
        expect(parcelOf(ready.data, b.vendor).selected_shipping_option_id).toBeNull()
      })

      it("answers 404 for an unknown cart and 400 for a query it does not take", async () => {
        const unknown = await api.get("/store/carts/cart_01JUNKNOWNUNKNOWNUNKNOWN00/checkout", store())
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/cart_01JUNKNOWNUNKNOWNUNKNOWN00 was not found/)

        const created = await api.post("/store/carts", { region_id: morocco.id }, store())
        for (const search of ["fields=*items", "limit=5"]) {
          const refused = await api.get(`/store/carts/${created.data.cart.id}/checkout?${search}`, store())
          expect(refused.status, search).toBe(400)
          expect(refused.data.message).toMatch(/Unrecognized fields/)
        }
      })
    })

    describe("completing the same cart twice", () => {
      it("makes one order when retried after success", async () => {
        const { cartId } = await readyCart([freshVendorProduct(), freshVendorProduct()])
        const first = await complete(cartId)
        const second = await complete(cartId)
        expect(first.status).toBe(200)
        expect(second.status).toBe(200)
        expect(second.data.order.id).toBe(first.data.order.id)
        expect(await ordersOfCart(cartId)).toHaveLength(1)
      })

      it("makes one order under concurrent double clicks", async () => {
        const { cartId } = await readyCart([freshVendorProduct(), freshVendorProduct()])
        const responses = await Promise.all(Array.from({ length: 6 }, () => complete(cartId)))
        const ok = responses.filter((response) => response.status === 200)
        expect(ok.length).toBeGreaterThanOrEqual(1)
        expect(new Set(ok.map((response) => response.data.order.id)).size).toBe(1)
        // a click that arrives while the first is still running is told so, not given a second order
        for (const response of responses.filter((response) => response.status !== 200)) {
          expect(response.status).toBe(409)
        }
        const orders = await ordersOfCart(cartId)
        expect(orders).toHaveLength(1)
        const parts = await graph("vendor_order", ["id"], { order_id: orders[0].order_id })
        expect(parts).toHaveLength(2)
      })
    })

    describe("a failure while splitting the order", () => {
      it("leaves no order, no child order, no reservation and an open cart; a retry then succeeds", async () => {
        const ledger = getContainer().resolve(LEDGER_MODULE) as any
        const a = freshVendorProduct()
        const b = freshVendorProduct()
        const { cartId } = await readyCart([a, b])
        const before = {
          parts: (await graph("vendor_order", ["id"], {})).length,
          reservations: (await graph("reservation", ["id"], {})).length,
        }

        // the first cooperative's child order is written, the second write fails (e.g. the database drops)
        const original = ledger.createVendorOrders
        let calls = 0
        ledger.createVendorOrders = async (...args: unknown[]) => {
          if (++calls === 2) {
            throw new Error("simulated failure while splitting")
          }
          return original.apply(ledger, args)
        }
        let response
        try {
          response = await complete(cartId)
        } finally {
          ledger.createVendorOrders = original
        }
        expect(calls).toBe(2)
        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(await ordersOfCart(cartId)).toHaveLength(0)
        expect(await graph("vendor_order", ["id"], {})).toHaveLength(before.parts)
        expect(await graph("reservation", ["id"], {})).toHaveLength(before.reservations)
        const [cart] = await graph("cart", ["completed_at"], { id: cartId })
        expect(cart.completed_at).toBeNull()

        const retry = await complete(cartId)
        expect(retry.status).toBe(200)
        expect(await graph("vendor_order", ["id"], { order_id: retry.data.order.id })).toHaveLength(2)
      })
    })

    describe("stock held by a checkout that died half-way", () => {
      it("is released after a while; the stock of placed orders and staff's own reservations stay held", async () => {
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const line = freshVendorProduct()
        const { cartId } = await readyCart([line])
        const placed = await complete(cartId)
        expect(placed.status).toBe(200)
        const [held] = await graph("reservation", ["id", "inventory_item_id", "location_id"], {
          line_item_id: placed.data.order.items[0].id,
        })
        const level = async () =>
          (
            await inventory.listInventoryLevels({
              inventory_item_id: held.inventory_item_id,
              location_id: held.location_id,
            })
          )[0].reserved_quantity
        const reservedBefore = Number(await level())

        // what a completion killed after reserving leaves: a reservation of a line item of no order
        const [orphan, byStaff] = await inventory.createReservationItems([
          {
            inventory_item_id: held.inventory_item_id,
            location_id: held.location_id,
            quantity: 2,
            line_item_id: "ordli_of_a_checkout_that_died",
          },
          { inventory_item_id: held.inventory_item_id, location_id: held.location_id, quantity: 1 },
        ])
        expect(Number(await level())).toBe(reservedBefore + 3)

        const release = () =>
          releaseOrphanReservationsWorkflow(getContainer()).run({
            input: { olderThanMinutes: ORPHAN_RESERVATION_MINUTES },
          })
        // a checkout in progress reserves a moment before its order exists: a fresh one is left alone
        expect((await release()).result).toEqual([])
        await knex.raw(
          "update reservation_item set created_at = now() - interval '1 hour' where id = any(?)",
          [[orphan.id, byStaff.id, held.id]]
        )
        expect((await release()).result).toEqual([orphan.id])

        expect(
          (await graph("reservation", ["id"], { id: [orphan.id, byStaff.id, held.id] }))
            .map((r) => r.id)
            .sort()
        ).toEqual([byStaff.id, held.id].sort())
        expect(Number(await level())).toBe(reservedBefore + 1)
      })
    })

    describe("the last units of a product", () => {
      it("sells 5 of 5 to 20 concurrent shoppers; the others are told it is out of stock", async () => {
        const product = freshVendorProduct()
        const [variant] = await graph("product_variant", ["inventory_items.inventory_item_id"], {
          id: await variantId(product.handle, product.sku),
        })
        const inventoryItemId = variant.inventory_items[0].inventory_item_id
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const [level] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
        await inventory.updateInventoryLevels([
          { inventory_item_id: inventoryItemId, location_id: level.location_id, stocked_quantity: 5 },
        ])

        const carts: string[] = []
        for (let i = 0; i < 20; i++) {
          carts.push((await readyCart([product])).cartId)
        }
        // a shopper told "someone else is checking out, try again" (409: a lock not obtained in time)
        // tries again, as the message says; every answer along the way must be a clear 4xx, never a 5xx
        const seen: number[] = []
        const checkout = async (cartId: string) => {
          for (;;) {
            const response = await complete(cartId)
            seen.push(response.status)
            if (response.status !== 409) {
              return response
            }
            expect(response.data.message).toMatch(/try again/i)
            expect(response.data.code).toBe("conflict_busy")
          }
        }
        const responses = await Promise.all(carts.map((cartId) => checkout(cartId)))
        expect(seen.filter((status) => status >= 500)).toEqual([])
        const orders = responses.filter(
          (response) => response.status === 200 && response.data.type === "order"
        )
        const refused = responses.filter((response) => response.status !== 200)
        expect(orders).toHaveLength(5)
        expect(refused).toHaveLength(15)
        for (const response of refused) {
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(/stock|inventory/i)
          // what the storefront reads: the code, so Medusa may reword its inventory message freely
          expect(response.data.code).toBe("out_of_stock")
        }
        const [after] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
        expect(Number(after.stocked_quantity)).toBe(5)
        expect(Number(after.reserved_quantity)).toBe(5)
        expect(Number(after.available_quantity)).toBe(0)
      })
    })

    describe("a product busy with another checkout", () => {
      it("tells the shopper to try again (409, not 500) when its stock stays locked, and the retry succeeds", async () => {
        const product = freshVendorProduct()
        const { cartId } = await readyCart([product])
        const [variant] = await graph("product_variant", ["inventory_items.inventory_item_id"], {
          id: await variantId(product.handle, product.sku),
        })
        const inventoryItemId = variant.inventory_items[0].inventory_item_id
        // another checkout holds the product's stock lock longer than a reservation waits (5 s)
        const locking = getContainer().resolve(Modules.LOCKING)
        await locking.acquire(inventoryItemId, { ownerId: "another-checkout", expire: 60 })
        let response
        try {
          response = await complete(cartId)
        } finally {
          await locking.release(inventoryItemId, { ownerId: "another-checkout" })
        }
        expect(response.status).toBe(409)
        expect(response.data.message).toMatch(/try again/i)
        expect(response.data.code).toBe("conflict_busy")
        expect(await ordersOfCart(cartId)).toHaveLength(0)

        const retry = await complete(cartId)
        expect(retry.status).toBe(200)
        expect(retry.data.type).toBe("order")
      })
    })

    describe("delivery per cooperative and the money owed", () => {
      const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` }, ...never })
      let counter = 0

      /** A member login for a seeded cooperative (the seed creates none). */
      async function memberToken(vendorHandle: string) {
        const container = getContainer()
        const vendorService = container.resolve("vendor") as any
        const [vendor] = await vendorService.listVendors({ handle: vendorHandle })
        const email = `member-${vendorHandle}-${++counter}@example.ma`
        const password = "checkout-test-2026"
        const authService = container.resolve(Modules.AUTH)
        const { authIdentity } = await authService.register("emailpass", {
          body: { email, password },
        } as never)
        const member = await vendorService.createVendorMembers({
          vendor_id: vendor.id,
          email,
          first_name: "Fatima",
          last_name: "Ait Ali",
          role: "owner",
        })
        await authService.updateAuthIdentities({
          id: authIdentity!.id,
          app_metadata: { vendor_id: member.id },
        })
        const login = await api.post("/auth/vendor/emailpass", { email, password }, never)
        expect(login.status).toBe(200)
        return { token: login.data.token as string, vendor }
      }

      async function staffToken() {
        const login = await api.post(
          "/auth/user/emailpass",
          { email: "staff@bazar-solidaire.ma", password: "bazar-staff-2026" },
          never
        )
        return login.data.token as string
      }

      /** The part's cash reached the centre (counted there): its earning becomes payable. */
      async function cashCounted(staff: ReturnType<typeof auth>, vendorOrderId: string) {
        const counted = await api.post(
          "/admin/cash-remittances",
          {
            source: "counted_at_centre",
            reference: `CAISSE-${vendorOrderId}`,
            received_at: "2026-11-30",
            parts: [{ vendor_order_id: vendorOrderId }],
          },
          staff
        )
        expect(counted.status, JSON.stringify(counted.data)).toBe(201)
      }

      async function placeOrder(lines: Line[]) {
        const { cartId } = await readyCart(lines)
        const response = await complete(cartId)
        expect(response.status).toBe(200)
        const parts = await graph(
          "vendor_order",
          ["id", "vendor_id", "total", "vendor_amount", "commission_amount"],
          {
            order_id: response.data.order.id,
          }
        )
        return { order: response.data.order, parts }
      }

      async function capturedAmounts(orderId: string) {
        const [order] = await graph("order", ["payment_collections.payments.captures.amount"], {
          id: orderId,
        })
        return order.payment_collections[0].payments[0].captures.map((capture: any) => capture.amount)
      }

      it("shows each cooperative only its part, ships, delivers, captures the cash and credits the ledger once", async () => {
        const a = freshVendorProduct()
        const b = freshVendorProduct()
        const { order, parts } = await placeOrder([{ ...a, quantity: 3 }, b])
        const memberA = await memberToken(a.vendor)
        const memberB = await memberToken(b.vendor)
        const partA = parts.find((part: any) => part.vendor_id === memberA.vendor.id)
        const partB = parts.find((part: any) => part.vendor_id === memberB.vendor.id)
        // commission on goods at the cooperative's rate; home delivery (35) goes to the cooperative
        const rateA = Number(memberA.vendor.commission_rate)
        expect(partA.commission_amount).toBeCloseTo((a.price_mad * 3 * rateA) / 100, 2)
        expect(partA.vendor_amount).toBeCloseTo(partA.total - partA.commission_amount, 2)

        const listA = await api.get("/vendor/orders", auth(memberA.token))
        expect(listA.status).toBe(200)
        expect(listA.data.orders.map((row: any) => row.id)).toEqual([partA.id])
        expect(listA.data.orders[0].items).toHaveLength(1)
        expect(listA.data.orders[0].shipping_address.city).toBe("Marrakech")
        // nothing made to order: the usual three days to hand the parcel over
        const placedA = new Date(listA.data.orders[0].created_at).getTime()
        expect(new Date(listA.data.orders[0].ship_by).getTime() - placedA).toBe(3 * 24 * 3_600_000)
        expect(listA.data.orders[0].shipping_methods).toEqual([
          expect.objectContaining({ name: "Livraison à domicile" }),
        ])

        // another cooperative's ids are unknown, whatever the route
        expect((await api.get(`/vendor/orders/${partB.id}`, auth(memberA.token))).status).toBe(404)
        expect((await api.post(`/vendor/orders/${partB.id}/ship`, {}, auth(memberA.token))).status).toBe(404)
        expect((await api.post(`/vendor/orders/${partB.id}/deliver`, {}, auth(memberA.token))).status).toBe(
          404
        )
        expect((await graph("vendor_order", ["status"], { id: partB.id }))[0].status).toBe("pending")
        expect((await api.get("/vendor/orders", auth(order.id))).status).toBe(401)

        const shipped = await api.post(
          `/vendor/orders/${partA.id}/ship`,
          { tracking_number: "AMANA-123456", carrier: "Amana" },
          auth(memberA.token)
        )
        expect(shipped.status).toBe(200)
        expect(shipped.data.order).toMatchObject({
          status: "shipped",
          tracking_number: "AMANA-123456",
          carrier: "Amana",
        })
        expect(await capturedAmounts(order.id)).toEqual([])

        const delivered = await api.post(`/vendor/orders/${partA.id}/deliver`, {}, auth(memberA.token))
        expect(delivered.status).toBe(200)
        expect(delivered.data.order.status).toBe("delivered")
        expect(delivered.data.order.cash_collected_at).toEqual(expect.any(String))
        expect(await capturedAmounts(order.id)).toEqual([partA.total])
        expect((await api.post(`/vendor/orders/${partA.id}/deliver`, {}, auth(memberA.token))).status).toBe(
          409
        )

        // two taps at once on B's "delivered" (a pick-up needs no shipping step): one capture, one entry
        const taps = await Promise.all(
          [1, 2].map(() => api.post(`/vendor/orders/${partB.id}/deliver`, {}, auth(memberB.token)))
        )
        expect(taps.map((tap) => tap.status).sort()).toEqual([200, 409])
        expect((await capturedAmounts(order.id)).sort()).toEqual([partA.total, partB.total].sort())

        const ledgerA = await api.get("/vendor/ledger", auth(memberA.token))
        expect(ledgerA.status).toBe(200)
        expect(ledgerA.data.entries).toEqual([
          expect.objectContaining({ type: "sale", amount: partA.vendor_amount, vendor_order_id: partA.id }),
        ])
        // the courier holds the cash: earned, payable once it reaches the centre
        expect(ledgerA.data.balances).toEqual([
          {
            currency_code: "mad",
            earned: partA.vendor_amount,
            paid: 0,
            balance: 0,
            awaiting_remittance: partA.vendor_amount,
          },
        ])
        const ledgerB = await api.get("/vendor/ledger", auth(memberB.token))
        expect(ledgerB.data.entries).toHaveLength(1)
        expect(ledgerB.data.entries[0].vendor_order_id).toBe(partB.id)
      })

      it("lets staff see balances, record payouts within them, and export them for the bank", async () => {
        const a = freshVendorProduct()
        const { parts } = await placeOrder([{ ...a, quantity: 2 }])
        const member = await memberToken(a.vendor)
        expect((await api.post(`/vendor/orders/${parts[0].id}/deliver`, {}, auth(member.token))).status).toBe(
          200
        )
        const owed = parts[0].vendor_amount
        const staff = auth(await staffToken())
        await cashCounted(staff, parts[0].id)

        // staff record where bank transfers go; members cannot, and see only the bank and the last digits
        const bankDetails = {
          rib: "011 780 0000123456789012 34",
          bank_name: "BMCE Bank",
          account_holder: member.vendor.name,
        }
        for (const [body, message] of [
          [{ ...bankDetails, rib: "0117800000123456789012" }, /24 digits/],
          [{ ...bankDetails, rib: "01178000001234567890123X" }, /24 digits/],
          [{ ...bankDetails, bank_name: "" }, /bank_name/],
          [{ ...bankDetails, commission_rate: 0 }, /commission_rate/],
        ] as const) {
          const refused = await api.post(`/admin/vendors/${member.vendor.id}/bank-details`, body, staff)
          expect(refused.status, JSON.stringify(body)).toBe(400)
          expect(refused.data.message).toMatch(message)
        }
        expect((await api.post(`/admin/vendors/vend_unknown/bank-details`, bankDetails, staff)).status).toBe(
          404
        )
        expect(
          (await api.post(`/admin/vendors/${member.vendor.id}/bank-details`, bankDetails, never)).status
        ).toBe(401)
        expect(
          (await api.post(`/admin/vendors/${member.vendor.id}/bank-details`, bankDetails, auth(member.token)))
            .status
        ).toBe(401)
        const saved = await api.post(`/admin/vendors/${member.vendor.id}/bank-details`, bankDetails, staff)
        expect(saved.status, JSON.stringify(saved.data)).toBe(200)
        expect(saved.data.vendor).toMatchObject({ rib: "011780000012345678901234", bank_name: "BMCE Bank" })
        const account = (await api.get("/vendor/ledger", auth(member.token))).data.payout_account
        expect(account).toEqual({ bank_name: "BMCE Bank", rib_end: "1234" })

        const balances = await api.get(`/admin/ledger/balances?vendor_id=${member.vendor.id}`, staff)
        expect(balances.status).toBe(200)
        expect(balances.data.balances).toEqual([
          expect.objectContaining({
            vendor: expect.objectContaining({ id: member.vendor.id }),
            currency_code: "mad",
            earned: owed,
            paid: 0,
            balance: owed,
          }),
        ])

        const payout = {
          vendor_id: member.vendor.id,
          amount: 100.5,
          currency_code: "mad",
          paid_at: "2026-11-30T10:00:00.000Z",
          reference: `VIR-${Date.now()}`,
          method: "bank_transfer",
          proof_url: "https://bank.example.ma/proofs/1.pdf",
        }
        const created = await api.post("/admin/payouts", payout, staff)
        expect(created.status).toBe(201)
        expect(created.data.payout).toMatchObject({
          amount: 100.5,
          method: "bank_transfer",
          rib: "011780000012345678901234",
        })
        expect((await api.post("/admin/payouts", payout, staff)).status).toBe(409)
        const tooMuch = await api.post(
          "/admin/payouts",
          { ...payout, reference: "VIR-2", amount: owed },
          staff
        )
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data.message).toMatch(/owed/)
        expect(
          (await api.post("/admin/payouts", { ...payout, reference: "VIR-3", amount: 1.005 }, staff)).status
        ).toBe(400)
        expect(
          (
            await api.post(
              "/admin/payouts",
              { ...payout, reference: "VIR-4", vendor_id: "vend_unknown" },
              staff
            )
          ).status
        ).toBe(404)
        expect(
          (await api.post("/admin/payouts", { ...payout, reference: "VIR-5", method: "paypal" }, staff))
            .status
        ).toBe(400)

        const list = await api.get(`/admin/payouts?vendor_id=${member.vendor.id}`, staff)
        expect(list.data.payouts).toHaveLength(1)
        const after = await api.get(`/admin/ledger/balances?vendor_id=${member.vendor.id}`, staff)
        expect(after.data.balances[0]).toMatchObject({
          earned: owed,
          paid: 100.5,
          balance: Number((owed - 100.5).toFixed(2)),
        })

        const csv = await api.get(`/admin/payouts/export.csv?vendor_id=${member.vendor.id}`, staff)
        expect(csv.status).toBe(200)
        expect(csv.headers["content-type"]).toMatch(/text\/csv/)
        const [header, line] = String(csv.data).trim().split("\r\n")
        expect(header).toBe("vendor_name;rib;amount;currency;reference;paid_at")
        expect(line).toBe(
          `"${member.vendor.name}";"011780000012345678901234";100.50;MAD;"${payout.reference}";2026-11-30`
        )

        const seen = await api.get("/vendor/ledger", auth(member.token))
        expect(seen.data.payouts).toEqual([
          expect.objectContaining({ reference: payout.reference, amount: 100.5 }),
        ])
        expect(seen.data.balances[0].balance).toBe(after.data.balances[0].balance)
        expect((await api.get("/admin/ledger/balances", never)).status).toBe(401)
      })

      it("cancels the child orders of a canceled order, owing nothing for undelivered parts", async () => {
        const a = freshVendorProduct()
        const b = freshVendorProduct()
        const { order, parts } = await placeOrder([a, b])
        const staff = auth(await staffToken())
        const canceled = await api.post(`/admin/orders/${order.id}/cancel`, {}, staff)
        expect(canceled.status).toBe(200)
        await new Promise((resolve) => setTimeout(resolve, 1500))
        const after = await graph("vendor_order", ["status", "canceled_at"], {
          id: parts.map((part: any) => part.id),
        })
        expect(after.map((part: any) => part.status)).toEqual(["canceled", "canceled"])
        expect(await graph("ledger_entry", ["id"], { order_id: order.id })).toHaveLength(0)
      })

      it("tells what undelivered parts will earn, cash apart, with the RIB; keeps the payout's note", async () => {
        const a = freshVendorProduct()
        const { parts } = await placeOrder([a])
        const member = await memberToken(a.vendor)
        const staff = auth(await staffToken())
        await (getContainer().resolve("vendor") as any).updateVendors({
          id: member.vendor.id,
          rib: "230780000012345678901234",
        })
        const part = parts[0]

        const before = await api.get(`/admin/ledger/balances?vendor_id=${member.vendor.id}`, staff)
        expect(before.data.balances).toEqual([
          expect.objectContaining({
            currency_code: "mad",
            earned: 0,
            balance: 0,
            pending: part.vendor_amount,
            pending_cash: part.vendor_amount,
            vendor: expect.objectContaining({ id: member.vendor.id, rib: "230780000012345678901234" }),
          }),
        ])
        const mine = await api.get("/vendor/ledger", auth(member.token))
        expect(mine.data.pending).toEqual([
          { currency_code: "mad", pending: part.vendor_amount, pending_cash: part.vendor_amount, orders: 1 },
        ])

        expect((await api.post(`/vendor/orders/${part.id}/deliver`, {}, auth(member.token))).status).toBe(200)
        await cashCounted(staff, part.id)
        const after = await api.get(`/admin/ledger/balances?vendor_id=${member.vendor.id}`, staff)
        expect(after.data.balances[0]).toMatchObject({
          earned: part.vendor_amount,
          balance: part.vendor_amount,
          pending: 0,
          pending_cash: 0,
        })
        expect((await api.get("/vendor/ledger", auth(member.token))).data.pending).toEqual([])

        const payout = {
          vendor_id: member.vendor.id,
          amount: 10,
          currency_code: "mad",
          paid_at: "2026-12-01",
          reference: `CASH-${Date.now()}`,
          method: "cash",
          note: "Remis à la trésorière",
        }
        const created = await api.post("/admin/payouts", payout, staff)
        expect(created.status).toBe(201)
        expect(created.data.payout).toMatchObject({ note: "Remis à la trésorière", method: "cash" })
        expect((await api.get("/vendor/ledger", auth(member.token))).data.payouts[0]).toMatchObject({
          note: "Remis à la trésorière",
        })
        const longNote = await api.post(
          "/admin/payouts",
          { ...payout, reference: "CASH-LONG", note: "x".repeat(1001) },
          staff
        )
        expect(longNote.status).toBe(400)
      })
    })

    describe("a cooperative approved from an online application", () => {
      it("gets its own shipping at approval, once, and its products can be checked out", async () => {
        const staffLogin = await api.post(
          "/auth/user/emailpass",
          { email: "staff@bazar-solidaire.ma", password: "bazar-staff-2026" },
          never
        )
        const staff = staffLogin.data.token as string
        const cooperative = await approvedCooperative(api, staff, `Coopérative Nouvelle ${Date.now()}`)
        const shippingOf = async () => {
          const [vendor] = await graph("vendor", ["shipping_profile.id", "stock_locations.id"], {
            id: cooperative.vendor.id,
          })
          const options = vendor.shipping_profile
            ? await graph("shipping_option", ["id", "type.code"], {
                shipping_profile_id: vendor.shipping_profile.id,
              })
            : []
          const locationIds = vendor.stock_locations.map((location: any) => location.id)
          const [location] = await graph(
            "stock_location",
            ["fulfillment_sets.service_zones.shipping_options.id"],
            { id: locationIds }
          )
          const atLocation = (location?.fulfillment_sets ?? []).flatMap((set: any) =>
            set.service_zones.flatMap((zone: any) => zone.shipping_options.map((option: any) => option.id))
          )
          return { profileId: vendor.shipping_profile?.id, locationIds, options, atLocation }
        }
        const approved = await shippingOf()
        expect(approved.profileId).toEqual(expect.any(String))
        expect(approved.locationIds).toHaveLength(1)
        expect(approved.options.map((option: any) => option.type.code).sort()).toEqual([
          "home-delivery",
          "pickup",
          // listed to shoppers only while the cooperative holds a stand open for pick-up
          "stand-pickup",
        ])
        expect(approved.atLocation.sort()).toEqual(approved.options.map((option: any) => option.id).sort())

        // the first product finds everything in place and adds nothing
        const photo = await uploadPhoto(api, cooperative.token)
        expect(photo.status).toBe(200)
        const body = productBody(await firstCategoryId(getContainer()), [photo.data.files[0].url])
        const created = await api.post("/vendor/products", body, bearer(cooperative.token))
        expect(created.status, JSON.stringify(created.data)).toBe(201)
        const product = created.data.product
        const afterProduct = await shippingOf()
        expect(afterProduct.options.map((option: any) => option.id).sort()).toEqual(
          approved.options.map((option: any) => option.id).sort()
        )
        expect(afterProduct.locationIds).toEqual(approved.locationIds)
        const [stored] = await graph("product", ["shipping_profile.id"], { id: product.id })
        expect(stored.shipping_profile.id).toBe(approved.profileId)

        expect(
          (await api.post(`/vendor/products/${product.id}/submit`, {}, bearer(cooperative.token))).status
        ).toBe(200)
        expect(
          (await api.post(`/admin/moderation/products/${product.id}/publish`, {}, bearer(staff))).status
        ).toBe(200)

        const seeded = freshVendorProduct()
        const variant = product.variants.find((row: any) => row.title === "1 g")
        const created_cart = await api.post(
          "/store/carts",
          {
            region_id: morocco.id,
            email: "amina@example.ma",
            items: [
              { variant_id: variant.id, quantity: 1 },
              { variant_id: await variantId(seeded.handle, seeded.sku), quantity: 1 },
            ],
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
        expect(created_cart.status, JSON.stringify(created_cart.data)).toBe(200)
        const cartId = created_cart.data.cart.id
        const grouped = await api.get(`/store/carts/${cartId}/vendor-shipping-options`, store())
        const mine = grouped.data.vendors.find((group: any) => group.vendor.id === cooperative.vendor.id)
        expect(mine.shipping_options.map((option: any) => [option.type.code, option.amount]).sort()).toEqual([
          ["home-delivery", 35],
          ["pickup", 0],
        ])
        for (const group of grouped.data.vendors) {
          const option = group.shipping_options.find((o: any) => o.type.code === "pickup")
          expect(
            (await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store()))
              .status
          ).toBe(200)
        }
        await codSession(cartId)
        const completed = await complete(cartId)
        expect(completed.status, JSON.stringify(completed.data)).toBe(200)
        const parts = await graph("vendor_order", ["vendor_id", "item_total"], {
          order_id: completed.data.order.id,
        })
        expect(parts.find((part: any) => part.vendor_id === cooperative.vendor.id)).toMatchObject({
          item_total: 60,
        })
      })
    })
  },
})

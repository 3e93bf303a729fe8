import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seed from "../../src/scripts/seed"
import { products as seedProducts } from "../../src/scripts/seed-data/products"
import { bearer, loginStaff, never, PASSWORD, storefrontKey, uniqueEmail } from "./helpers/portal"

const [first, second, third] = seedProducts

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let key: string
    let ids: Record<string, string>

    const store = (token?: string, locale?: string) => ({
      headers: {
        "x-publishable-api-key": key,
        ...(token && { authorization: `Bearer ${token}` }),
        ...(locale && { "x-medusa-locale": locale }),
      },
      ...never,
    })

    /** A shopper account as the storefront makes it: an identity, the customer, a fresh login. */
    async function signUp() {
      const email = uniqueEmail("fav")
      const registration = await api.post(
        "/auth/customer/emailpass/register",
        { email, password: PASSWORD },
        never
      )
      const created = await api.post(
        "/store/customers",
        { email, first_name: "Salma", last_name: "Bennani" },
        store(registration.data.token)
      )
      expect(created.status, JSON.stringify(created.data)).toBe(200)
      const login = await api.post("/auth/customer/emailpass", { email, password: PASSWORD }, never)
      return login.data.token as string
    }

    const listed = (data: any) => data.favourites.map((favourite: any) => favourite.product_id)

    beforeAll(async () => {
      const container = getContainer()
      await seed({ container, args: [] } as never)
      key = await storefrontKey(container)
      const handles = [first, second, third].map((product) => product.handle)
      const { data } = await api.get(
        `/store/products?${handles.map((handle) => `handle[]=${handle}`).join("&")}&fields=id,handle`,
        store()
      )
      ids = Object.fromEntries(data.products.map((product: any) => [product.handle, product.id]))
      expect(Object.keys(ids)).toHaveLength(3)
    })

    it("a guest is asked to sign in (401) on every favourites route", async () => {
      const id = ids[first.handle]
      expect((await api.get("/store/customers/me/favourites", store())).status).toBe(401)
      expect((await api.post("/store/customers/me/favourites", { product_ids: [id] }, store())).status).toBe(
        401
      )
      expect((await api.delete(`/store/customers/me/favourites/${id}`, store())).status).toBe(401)
    })

    it("adds idempotently (a guest's list merged twice), lists newest first with titles in the page's language", async () => {
      const token = await signUp()
      const empty = await api.get("/store/customers/me/favourites", store(token))
      expect(empty.status).toBe(200)
      expect(empty.data).toEqual({ favourites: [], count: 0 })

      const one = await api.post(
        "/store/customers/me/favourites",
        { product_ids: [ids[first.handle]] },
        store(token)
      )
      expect(one.status, JSON.stringify(one.data)).toBe(200)
      expect(listed(one.data)).toEqual([ids[first.handle]])

      // a guest's list at sign-in: one already kept, one twice, one no product at all
      const guestList = [ids[first.handle], ids[second.handle], ids[second.handle], "prod_NOT_A_PRODUCT"]
      for (let attempt = 0; attempt < 2; attempt++) {
        const merged = await api.post(
          "/store/customers/me/favourites",
          { product_ids: guestList },
          store(token)
        )
        expect(merged.status, JSON.stringify(merged.data)).toBe(200)
        expect(merged.data.count).toBe(2)
        expect(listed(merged.data).sort()).toEqual([ids[first.handle], ids[second.handle]].sort())
      }

      for (const locale of ["fr", "ar", "en"] as const) {
        const { status, data } = await api.get("/store/customers/me/favourites", store(token, locale))
        expect(status).toBe(200)
        expect(listed(data)).toEqual([ids[second.handle], ids[first.handle]])
        const card = data.favourites[1].product
        expect(card).toEqual(
          expect.objectContaining({ id: ids[first.handle], handle: first.handle, title: first.title[locale] })
        )
        expect(card.vendor.name).toEqual(expect.any(String))
        expect(card).not.toHaveProperty("sales_channels")
      }
    })

    it("refuses a body a person could get wrong, with a message", async () => {
      const token = await signUp()
      for (const body of [
        {},
        { product_ids: [] },
        { product_ids: ["a b"] },
        { product_ids: [ids[first.handle]], x: 1 },
      ]) {
        const { status, data } = await api.post("/store/customers/me/favourites", body, store(token))
        expect(status, JSON.stringify(body)).toBe(400)
        expect(data.message).toEqual(expect.any(String))
      }
    })

    it("removes one product, and removing it again answers the same", async () => {
      const token = await signUp()
      await api.post(
        "/store/customers/me/favourites",
        { product_ids: [ids[first.handle], ids[second.handle]] },
        store(token)
      )
      for (let attempt = 0; attempt < 2; attempt++) {
        const removed = await api.delete(`/store/customers/me/favourites/${ids[first.handle]}`, store(token))
        expect(removed.status, JSON.stringify(removed.data)).toBe(200)
        expect(removed.data).toEqual({ product_id: ids[first.handle], object: "favourite", deleted: true })
      }
      const { data } = await api.get("/store/customers/me/favourites", store(token))
      expect(listed(data)).toEqual([ids[second.handle]])
      // kept again after removal
      const again = await api.post(
        "/store/customers/me/favourites",
        { product_ids: [ids[first.handle]] },
        store(token)
      )
      expect(again.data.count).toBe(2)
    })

    it("another shopper never sees nor removes mine", async () => {
      const mine = await signUp()
      const theirs = await signUp()
      await api.post("/store/customers/me/favourites", { product_ids: [ids[first.handle]] }, store(mine))

      const seen = await api.get("/store/customers/me/favourites", store(theirs))
      expect(seen.data).toEqual({ favourites: [], count: 0 })
      const removed = await api.delete(`/store/customers/me/favourites/${ids[first.handle]}`, store(theirs))
      expect(removed.status).toBe(200)

      const { data } = await api.get("/store/customers/me/favourites", store(mine))
      expect(listed(data)).toEqual([ids[first.handle]])
    })

    it("staff see the most favourited products; shoppers and guests do not", async () => {
      const [a, b] = [await signUp(), await signUp()]
      await api.post(
        "/store/customers/me/favourites",
        { product_ids: [ids[second.handle], ids[third.handle]] },
        store(a)
      )
      await api.post("/store/customers/me/favourites", { product_ids: [ids[third.handle]] }, store(b))

      const staff = await loginStaff(api)
      const top = await api.get("/admin/favourites/top?limit=5", bearer(staff))
      expect(top.status, JSON.stringify(top.data)).toBe(200)
      expect(top.data.products.map((row: any) => [row.product_id, row.favourites])).toEqual([
        [ids[third.handle], 2],
        [ids[second.handle], 1],
      ])
      expect(top.data.products[0].product).toEqual(
        expect.objectContaining({ id: ids[third.handle], handle: third.handle })
      )
      expect((await api.get("/admin/favourites/top?limit=0", bearer(staff))).status).toBe(400)
      expect((await api.get("/admin/favourites/top", bearer(a))).status).toBe(401)
      expect((await api.get("/admin/favourites/top", never)).status).toBe(401)
    })
  },
})

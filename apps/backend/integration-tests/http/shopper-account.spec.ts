import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { FAVOURITE_MODULE } from "../../src/modules/favourite"
import { cooperativesInTurn, orderKit } from "./helpers/orders"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const kit = orderKit(api, getContainer)
    const nextCooperative = cooperativesInTurn()
    const signIn = (email: string, password: string) =>
      api.post("/auth/customer/emailpass", { email, password }, { validateStatus: () => true })

    beforeAll(async () => {
      await kit.seedMarketplace()
    }, 900_000)

    afterEach(() => {
      delete process.env.RATE_LIMIT_AUTH_ACCOUNT_FAILURES
    })

    it("changes the password only with the current one, and locks the login after repeated wrong ones", async () => {
      const shopper = await kit.shopper()
      const change = (body: Record<string, unknown>, token = shopper.token) =>
        api.post("/store/customers/me/password", body, kit.store(token))

      expect((await api.post("/store/customers/me/password", {}, kit.store())).status).toBe(401)
      const short = await change({ current_password: shopper.password, new_password: "court" })
      expect(short.status).toBe(400)
      expect(short.data.message).toContain("new_password")
      const wrong = await change({ current_password: "pas-le-bon", new_password: "argan-et-safran" })
      expect(wrong.status).toBe(400)
      expect(wrong.data.message).toBe("That is not your current password")
      const changed = await change({ current_password: shopper.password, new_password: "argan-et-safran" })
      expect(changed.status, JSON.stringify(changed.data)).toBe(200)
      expect((await signIn(shopper.email, shopper.password)).status).toBe(401)
      expect((await signIn(shopper.email, "argan-et-safran")).status).toBe(200)

      // a borrowed session cannot guess the password: wrong ones count with wrong sign-ins
      process.env.RATE_LIMIT_AUTH_ACCOUNT_FAILURES = "3/900"
      const guesses: number[] = []
      for (const guess of ["un", "deux", "trois", "quatre"]) {
        guesses.push((await change({ current_password: guess, new_password: "autre-mot-de-passe" })).status)
      }
      expect(guesses).toEqual([400, 400, 429, 429])
      expect((await signIn(shopper.email, "argan-et-safran")).status).toBe(429)
      expect(
        (await change({ current_password: "argan-et-safran", new_password: "autre-mot-de-passe" })).status
      ).toBe(429)
    })

    it("deletes an account once its parcels have arrived, keeping its orders anonymised in the books", async () => {
      const shopper = await kit.shopper()
      const line = nextCooperative()
      const [product] = await kit.graph("product", ["id"], { handle: line.handle })
      const { order, parts } = await kit.placeOrder([line], { token: shopper.token, email: shopper.email })
      const member = await kit.member(line.vendor)
      await api.post(
        "/store/customers/me/favourites",
        { product_ids: [product.id] },
        kit.store(shopper.token)
      )
      await api.post(
        "/store/customers/me/addresses",
        {
          first_name: "Amina",
          last_name: "El Idrissi",
          address_1: "12 derb Sidi Bouloukat",
          city: "Marrakech",
          country_code: "ma",
          phone: "0612345678",
        },
        kit.store(shopper.token)
      )
      const remove = (body: Record<string, unknown>) =>
        api.post("/store/customers/me/delete", body, kit.store(shopper.token))

      expect(
        (await api.post("/store/customers/me/delete", { password: shopper.password }, kit.store())).status
      ).toBe(401)
      expect((await remove({})).status).toBe(400)
      expect((await remove({ password: "pas-le-bon" })).status).toBe(400)
      // a parcel on its way still needs her address and phone
      const early = await remove({ password: shopper.password })
      expect(early.status).toBe(409)
      expect(early.data.message).toBe(
        `Your order #${order.display_id} is still on the way: you can delete your account once it has arrived or been cancelled`
      )
      expect((await signIn(shopper.email, shopper.password)).status).toBe(200)

      expect((await api.post(`/vendor/orders/${parts[0].id}/deliver`, {}, member.as)).status).toBe(200)
      const written = await api.post(
        "/store/customers/me/reviews",
        { product_id: product.id, rating: 5, body: "Parfait" },
        kit.store(shopper.token)
      )
      expect(written.status, JSON.stringify(written.data)).toBe(201)
      const staff = await kit.staff()
      expect((await api.post(`/admin/reviews/${written.data.review.id}/publish`, {}, staff)).status).toBe(200)

      const deleted = await remove({ password: shopper.password })
      expect(deleted.status, JSON.stringify(deleted.data)).toBe(200)
      expect(deleted.data).toMatchObject({ object: "customer", deleted: true })

      // she is gone: no sign-in, no session, and her address can open a new account
      expect((await signIn(shopper.email, shopper.password)).status).toBe(401)
      expect((await api.get("/store/customers/me", kit.store(shopper.token))).status).not.toBe(200)
      const container = getContainer()
      const [customer] = await container
        .resolve(Modules.CUSTOMER)
        .listCustomers({ id: deleted.data.id }, { withDeleted: true, relations: ["addresses"] })
      expect(customer).toMatchObject({ email: null, first_name: null, last_name: null, phone: null })
      expect(customer.deleted_at).toBeTruthy()
      expect(customer.addresses).toEqual([])
      expect(
        await container.resolve(FAVOURITE_MODULE).listFavourites({ customer_id: deleted.data.id })
      ).toEqual([])

      // the books keep the sale, not the person: items, amounts and the town, no name, street nor phone
      const [kept] = await kit.graph("order", ["email", "total", "items.id", "shipping_address.*"], {
        id: order.id,
      })
      expect(kept.email).toBeNull()
      expect(kept.items).toHaveLength(order.items.length)
      expect(Number(kept.total)).toBe(Number(order.total))
      expect(kept.shipping_address).toMatchObject({
        first_name: null,
        last_name: null,
        address_1: null,
        phone: null,
        city: order.shipping_address.city,
        country_code: order.shipping_address.country_code,
      })
      const part = await api.get(`/vendor/orders/${parts[0].id}`, member.as)
      expect(part.status).toBe(200)
      expect(part.data.order).toMatchObject({ id: parts[0].id, status: "delivered" })

      // her review still counts, unsigned
      const reviews = await api.get(`/store/products/${product.id}/reviews`, kit.store())
      expect(reviews.data.rating).toEqual({ average: 5, count: 1 })
      expect(reviews.data.reviews[0]).toMatchObject({
        body: "Parfait",
        author_first_name: null,
        author_city: null,
      })

      const again = await api.post(
        "/auth/customer/emailpass/register",
        { email: shopper.email, password: "nouveau-depart" },
        { validateStatus: () => true }
      )
      expect(again.status).toBe(200)
      const recreated = await api.post(
        "/store/customers",
        { email: shopper.email, first_name: "Amina", last_name: "El Idrissi" },
        kit.store(again.data.token)
      )
      expect(recreated.status, JSON.stringify(recreated.data)).toBe(200)
    })

    it("moves the account to a new email only once the link sent there is opened, and once", async () => {
      const shopper = await kit.shopper()
      const newEmail = `nouvelle-${Date.now()}@example.ma`
      const ask = (body: Record<string, unknown>, token = shopper.token) =>
        api.post("/store/customers/me/email", body, kit.store(token))
      const confirm = (token: string) => api.post("/store/email-change", { token, locale: "fr" }, kit.store())
      const messages = (to: string, template: string) =>
        getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to, template })

      expect((await api.post("/store/customers/me/email", {}, kit.store())).status).toBe(401)
      expect((await ask({ email: "pas-une-adresse", password: shopper.password })).status).toBe(400)
      expect((await ask({ email: shopper.email, password: shopper.password })).status).toBe(400)
      const wrong = await ask({ email: newEmail, password: "pas-le-bon" })
      expect(wrong.status).toBe(400)
      expect(wrong.data.code).toBe("wrong_password")
      expect(await messages(newEmail, "email-change-confirm")).toEqual([])

      const asked = await ask({ email: newEmail, password: shopper.password, locale: "ar" })
      expect(asked.status, JSON.stringify(asked.data)).toBe(202)
      // nothing moves until the new mailbox answers
      expect((await signIn(shopper.email, shopper.password)).status).toBe(200)
      const [sent] = await messages(newEmail, "email-change-confirm")
      const link = new URL(sent.data!.url as string)
      expect(link.pathname).toBe("/ar/account/confirm-email")
      const token = link.searchParams.get("token")!

      const forged = `${token.slice(0, -2)}xx`
      expect((await confirm(forged)).status).toBe(400)
      const moved = await confirm(token)
      expect(moved.status, JSON.stringify(moved.data)).toBe(200)
      expect(moved.data).toEqual({ email: newEmail })

      expect((await signIn(shopper.email, shopper.password)).status).toBe(401)
      expect((await signIn(newEmail, shopper.password)).status).toBe(200)
      const me = await api.get("/store/customers/me", kit.store(shopper.token))
      expect(me.data.customer.email).toBe(newEmail)
      expect(await messages(shopper.email, "email-changed")).toHaveLength(1)
      // the link worked once
      const again = await confirm(token)
      expect(again.status).toBe(400)
      expect(again.data.message).toContain("no longer valid")

      // an address that already has an account: only its mailbox learns it, when it opens the link
      const other = await kit.shopper()
      const third = await kit.shopper()
      expect((await ask({ email: third.email, password: other.password }, other.token)).status).toBe(202)
      const [toTaken] = await messages(third.email, "email-change-confirm")
      const taken = await confirm(new URL(toTaken.data!.url as string).searchParams.get("token")!)
      expect(taken.status).toBe(409)
      expect(taken.data.code).toBe("identity_exists")
      expect((await signIn(other.email, other.password)).status).toBe(200)
    })
  },
})

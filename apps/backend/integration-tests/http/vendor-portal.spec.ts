import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import { NEW_LOGIN_ROUTES } from "../../src/api/vendor/middlewares"
import { REVIEW_MODULE } from "../../src/modules/review"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import seed from "../../src/scripts/seed"
import {
  applicationBody,
  applyAsCooperative,
  approvedCooperative,
  bearer,
  firstCategoryId,
  loginShopper,
  loginStaff,
  loginVendor,
  never,
  PASSWORD,
  productBody,
  registeredRoutes,
  registerVendorLogin,
  storefrontKey,
  uniqueEmail,
  uploadPhoto,
} from "./helpers/portal"

// the workflow instance Medusa itself loaded (Node's require cache), to hang a failing hook on it
const nodeRequire = createRequire(__filename)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let staff: string
    let categoryId: string
    let a: Awaited<ReturnType<typeof approvedCooperative>>
    let b: Awaited<ReturnType<typeof approvedCooperative>>
    let productOfB: any
    let productOfA: any
    // every /vendor/* route the app serves, listed from its router: a route added later is checked too
    let routes: { method: string; path: string }[]
    const call = (route: { method: string; path: string }, config: any, id = "unknown_id") => {
      const path = route.path.replace(/:[a-z_]+/g, id)
      return route.method === "get" || route.method === "delete"
        ? (api as any)[route.method](path, config)
        : (api as any)[route.method](path, {}, config)
    }

    const vendorRow = async (id: string) =>
      (await (getContainer().resolve("vendor") as any).listVendors({ id }, { withDeleted: true }))[0]
    const notificationsTo = (to: string) =>
      getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to }, { order: { created_at: "DESC" } })

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] } as never)
      staff = await loginStaff(api)
      categoryId = await firstCategoryId(getContainer())
      a = await approvedCooperative(api, staff, "Coopérative Alpha")
      b = await approvedCooperative(api, staff, "Coopérative Beta")
      const photoB = (await uploadPhoto(api, b.token, "beta.png")).data.files[0].url
      productOfB = (await api.post("/vendor/products", productBody(categoryId, [photoB]), bearer(b.token)))
        .data.product
      const photoA = (await uploadPhoto(api, a.token, "alpha.png")).data.files[0].url
      productOfA = (await api.post("/vendor/products", productBody(categoryId, [photoA]), bearer(a.token)))
        .data.product
      expect(productOfA.id).toBeDefined()
      expect(productOfB.id).toBeDefined()
      routes = await registeredRoutes(getContainer(), "/vendor")
    })

    describe("who may call /vendor/*", () => {
      it("lists the portal's routes from the router", () => {
        const listed = routes.map(({ method, path }) => `${method.toUpperCase()} ${path}`)
        for (const route of [
          "GET /vendor/me",
          "POST /vendor/me/vendor",
          "GET /vendor/members",
          "DELETE /vendor/members/:id",
          "POST /vendor/invites",
          "GET /vendor/products",
          "POST /vendor/products",
          "GET /vendor/products/:id",
          "POST /vendor/products/:id",
          "DELETE /vendor/products/:id",
          "POST /vendor/products/:id/submit",
          "GET /vendor/orders",
          "GET /vendor/orders/:id",
          "POST /vendor/orders/:id/ship",
          "POST /vendor/orders/:id/deliver",
          "POST /vendor/orders/:id/pick-up",
          "GET /vendor/reviews",
          "POST /vendor/reviews/:id/reply",
          "GET /vendor/ledger",
          "GET /vendor/notifications",
          "POST /vendor/applications",
          "POST /vendor/uploads",
          "POST /vendor/invites/accept",
        ]) {
          expect(listed).toContain(route)
        }
      })

      it("answers 401 without a token", async () => {
        for (const route of routes) {
          const response = await call(route, never)
          expect([route, response.status]).toEqual([route, 401])
        }
      })

      it("refuses shopper tokens (401), and staff who name no cooperative to act for", async () => {
        const shopper = await loginShopper(api)
        for (const route of routes) {
          const response = await call(route, bearer(shopper))
          expect([route, response.status]).toEqual([route, 401])
        }
        // staff act for one cooperative only when they name it (act-for-cooperative.spec.ts); a
        // member's own account and inbox are never theirs; a new login's routes are members' only
        for (const route of routes) {
          const signature = `${route.method.toUpperCase()} ${route.path}`
          const expected = NEW_LOGIN_ROUTES.includes(signature as never)
            ? 401
            : signature === "POST /vendor/me" || route.path.startsWith("/vendor/notifications")
              ? 403
              : 400
          const response = await call(route, bearer(staff))
          expect([route, response.status]).toEqual([route, expected])
        }
      })

      it("refuses a registration token where a member is needed", async () => {
        // the only exceptions, spelled out: widening the guard's allow-list must change this test
        const newLoginRoutes = [
          "POST /vendor/applications",
          "POST /vendor/uploads",
          "POST /vendor/invites/accept",
        ]
        expect([...NEW_LOGIN_ROUTES].sort()).toEqual([...newLoginRoutes].sort())
        const registration = await registerVendorLogin(api, uniqueEmail("fresh"))
        const memberRoutes = routes.filter(
          ({ method, path }) => !newLoginRoutes.includes(`${method.toUpperCase()} ${path}`)
        )
        expect(memberRoutes.length).toBe(routes.length - newLoginRoutes.length)
        for (const route of memberRoutes) {
          const response = await call(route, bearer(registration))
          expect([route, response.status]).toEqual([route, 401])
        }
      })

      it("keeps staff routes away from members: a member cannot publish its own product", async () => {
        const submitted = await api.post(`/vendor/products/${productOfA.id}/submit`, {}, bearer(a.token))
        expect(submitted.status).toBe(200)
        const publish = await api.post(
          `/admin/moderation/products/${productOfA.id}/publish`,
          {},
          bearer(a.token)
        )
        expect(publish.status).toBe(401)
        const viaBody = await api.post(
          `/vendor/products/${productOfA.id}`,
          { status: "published" },
          bearer(a.token)
        )
        expect(viaBody.status).toBe(400)
        const stillProposed = await api.get(`/vendor/products/${productOfA.id}`, bearer(a.token))
        expect(stillProposed.data.product.status).toBe("proposed")
      })
    })

    describe("another cooperative's ids are 404 and change nothing", () => {
      it("answers 404 for another cooperative's id on every route with one, and changes nothing", async () => {
        // a part of an order of B's, as the split at checkout writes it
        const [orderOfB] = await (getContainer().resolve(LEDGER_MODULE) as any).createVendorOrders([
          {
            order_id: "order_portal_scoping",
            vendor_id: b.vendor.id,
            currency_code: "mad",
            payment_provider_id: "pp_cod_cod",
            item_total: 100,
            shipping_total: 35,
            total: 135,
            commission_rate: 10,
            commission_amount: 10,
            vendor_amount: 125,
            shipping_method_ids: [],
          },
        ])
        // a shopper's return request on that part
        const [returnOfB] = await (getContainer().resolve(LEDGER_MODULE) as any).createReturnRequests([
          {
            vendor_order_id: orderOfB.id,
            vendor_id: b.vendor.id,
            order_id: "order_portal_scoping",
            customer_id: null,
            currency_code: "mad",
            items: [],
            reason: "other",
            note: null,
          },
        ])
        const certificationOfB = await (getContainer().resolve("vendor") as any).createVendorCertifications({
          vendor_id: b.vendor.id,
          label: "ONSSA",
          expires_at: new Date(Date.now() + 90 * 86_400_000),
        })
        // a buyer's published review of B's product
        const reviewOfB = await (getContainer().resolve(REVIEW_MODULE) as any).createProductReviews({
          product_id: productOfB.id,
          vendor_id: b.vendor.id,
          customer_id: "cus_portal_scoping",
          vendor_order_id: orderOfB.id,
          rating: 5,
          status: "published",
        })
        const [memberOfB] = (await api.get("/vendor/members", bearer(b.token))).data.members
        // per resource: one of B's ids, and how B sees it
        const foreign: Record<string, { id: string; seenByB: () => Promise<unknown> }> = {
          products: {
            id: productOfB.id,
            seenByB: async () => (await api.get(`/vendor/products/${productOfB.id}`, bearer(b.token))).data,
          },
          members: {
            id: memberOfB.id,
            seenByB: async () => (await api.get("/vendor/members", bearer(b.token))).data,
          },
          orders: {
            id: orderOfB.id,
            seenByB: async () => (await api.get(`/vendor/orders/${orderOfB.id}`, bearer(b.token))).data,
          },
          certifications: {
            id: certificationOfB.id,
            seenByB: async () => (await api.get("/vendor/certifications", bearer(b.token))).data,
          },
          "return-requests": {
            id: returnOfB.id,
            seenByB: async () => (await api.get("/vendor/return-requests", bearer(b.token))).data,
          },
          reviews: {
            id: reviewOfB.id,
            seenByB: async () => (await api.get("/vendor/reviews", bearer(b.token))).data,
          },
        }
        const withId = routes.filter(({ path }) => path.includes("/:id"))
        expect(withId.length).toBeGreaterThanOrEqual(8)
        for (const route of withId) {
          const resource = route.path.split("/:id")[0].split("/").pop()!
          expect([route, resource in foreign]).toEqual([route, true])
          const before = await foreign[resource].seenByB()
          const response = await call(route, bearer(a.token), foreign[resource].id)
          expect([route, response.status]).toEqual([route, 404])
          expect([route, await foreign[resource].seenByB()]).toEqual([route, before])
        }
      })

      it("product id in the path", async () => {
        const before = (await api.get(`/vendor/products/${productOfB.id}`, bearer(b.token))).data.product
        expect((await api.get(`/vendor/products/${productOfB.id}`, bearer(a.token))).status).toBe(404)
        const edit = await api.post(
          `/vendor/products/${productOfB.id}`,
          { title: { fr: "Volé" } },
          bearer(a.token)
        )
        expect(edit.status).toBe(404)
        expect(edit.data.message).toMatch(productOfB.id)
        expect(edit.data.code).toBe("not_found")
        expect((await api.post(`/vendor/products/${productOfB.id}/submit`, {}, bearer(a.token))).status).toBe(
          404
        )
        expect((await api.delete(`/vendor/products/${productOfB.id}`, bearer(a.token))).status).toBe(404)
        const after = (await api.get(`/vendor/products/${productOfB.id}`, bearer(b.token))).data.product
        expect(after).toEqual(before)
      })

      it("variant id in a body", async () => {
        const own = (await api.get(`/vendor/products/${productOfA.id}`, bearer(a.token))).data.product
        const foreignVariant = productOfB.variants[0]
        const response = await api.post(
          `/vendor/products/${productOfA.id}`,
          { variants: [{ id: foreignVariant.id, title: "pris", price_mad: 1, price_eur: 1, stock: 1 }] },
          bearer(a.token)
        )
        expect(response.status).toBe(404)
        const ownAfter = (await api.get(`/vendor/products/${productOfA.id}`, bearer(a.token))).data.product
        expect(ownAfter.variants).toEqual(own.variants)
        const theirs = (await api.get(`/vendor/products/${productOfB.id}`, bearer(b.token))).data.product
        expect(theirs.variants.find((v: any) => v.id === foreignVariant.id).title).toBe(foreignVariant.title)
      })

      it("image of another cooperative's product in a body", async () => {
        const count = (await api.get("/vendor/products", bearer(a.token))).data.count
        const response = await api.post(
          "/vendor/products",
          productBody(categoryId, [productOfB.images[0].url]),
          bearer(a.token)
        )
        expect(response.status).toBe(404)
        expect((await api.get("/vendor/products", bearer(a.token))).data.count).toBe(count)
      })

      it("lists only the caller's products and members", async () => {
        const products = await api.get("/vendor/products", bearer(a.token))
        expect(products.data.products.map((p: any) => p.id)).toEqual([productOfA.id])
        const members = await api.get("/vendor/members", bearer(a.token))
        expect(members.data.members.map((m: any) => m.email)).toEqual([a.email])
        const me = await api.get("/vendor/me", bearer(a.token))
        expect(me.data.vendor.id).toBe(a.vendor.id)
        expect(me.data.vendor).not.toHaveProperty("rib")
      })
    })

    describe("mass assignment", () => {
      it("refuses status, commission, handle, rib and vendor ids in the profile", async () => {
        const before = await vendorRow(a.vendor.id)
        for (const body of [
          { status: "approved" },
          { commission_rate: 0 },
          { handle: "autre" },
          { rib: "011780000012345678901234" },
          { vendor_id: b.vendor.id },
          { name: "Alpha 2", status_reason: "x" },
        ]) {
          const response = await api.post("/vendor/me/vendor", body, bearer(a.token))
          expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400])
          expect(response.data.message).toMatch(new RegExp(Object.keys(body).filter((k) => k !== "name")[0]))
        }
        const after = await vendorRow(a.vendor.id)
        expect(after).toEqual(before)
      })

      it("refuses status and vendor fields in product bodies", async () => {
        for (const extra of [{ status: "published" }, { vendor_id: b.vendor.id }, { sales_channels: [] }]) {
          const response = await api.post(
            "/vendor/products",
            { ...productBody(categoryId, []), ...extra },
            bearer(a.token)
          )
          expect(response.status).toBe(400)
        }
        expect((await api.get("/vendor/products", bearer(a.token))).data.count).toBe(1)
      })

      it("refuses status and commission in an application", async () => {
        const registration = await registerVendorLogin(api, uniqueEmail("greedy"))
        for (const extra of [{ status: "approved" }, { commission_rate: 0 }, { handle: "alpha" }]) {
          const body = applicationBody("Coopérative Gourmande", extra)
          const response = await api.post("/vendor/applications", body, bearer(registration))
          expect(response.status).toBe(400)
        }
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "vendor", fields: ["id"], filters: { name: "Coopérative Gourmande" } })
        expect(data).toHaveLength(0)
      })
    })

    describe("vendors that are not approved", () => {
      it("a pending cooperative's member can read but not write products", async () => {
        const pending = await applyAsCooperative(api, "Coopérative En Attente")
        expect((await api.get("/vendor/products", bearer(pending.token))).status).toBe(200)
        const create = await api.post("/vendor/products", productBody(categoryId, []), bearer(pending.token))
        expect(create.status).toBe(403)
        expect(create.data.message).toMatch(/under review/)
        expect(create.data.code).toBe("not_approved")
      })

      it("a suspended cooperative's member cannot create or edit products", async () => {
        const c = await approvedCooperative(api, staff, "Coopérative Suspendue")
        const product = (await api.post("/vendor/products", productBody(categoryId, []), bearer(c.token)))
          .data.product
        const suspend = await api.post(
          `/admin/vendors/${c.vendor.id}/suspend`,
          { reason: "Fraude suspectée" },
          bearer(staff)
        )
        expect(suspend.status).toBe(200)

        const create = await api.post("/vendor/products", productBody(categoryId, []), bearer(c.token))
        expect(create.status).toBe(403)
        expect(create.data.message).toMatch(/suspended/)
        const edit = await api.post(
          `/vendor/products/${product.id}`,
          { title: { fr: "Nouveau" } },
          bearer(c.token)
        )
        expect(edit.status).toBe(403)
        expect((await api.post(`/vendor/products/${product.id}/submit`, {}, bearer(c.token))).status).toBe(
          403
        )
        const read = await api.get(`/vendor/products/${product.id}`, bearer(c.token))
        expect(read.status).toBe(200)
        expect(read.data.product.title).toBe(product.title)
        const me = await api.get("/vendor/me", bearer(c.token))
        expect(me.data.vendor).toEqual(
          expect.objectContaining({ status: "suspended", status_reason: "Fraude suspectée" })
        )
      })
    })

    describe("malformed input", () => {
      let registration: string
      beforeAll(async () => {
        registration = await registerVendorLogin(api, uniqueEmail("malformed"))
      })

      it("missing fields and wrong types name the field", async () => {
        const missing = await api.post(
          "/vendor/applications",
          { vendor: { name: "X" }, member: {} },
          bearer(registration)
        )
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/legal_form|region|city|story|phone/)

        const wrongType = await api.post(
          "/vendor/applications",
          applicationBody("Coopérative Types", { women_share: "beaucoup" }),
          bearer(registration)
        )
        expect(wrongType.status).toBe(400)
        expect(wrongType.data.message).toMatch(/women_share/)

        const ice = await api.post(
          "/vendor/applications",
          applicationBody("Coopérative ICE", { ice: "12" }),
          bearer(registration)
        )
        expect(ice.status).toBe(400)
        expect(ice.data.message).toMatch(/ice.*15 digits/)
        // the portal marks the inputs from `fields`, not from the wording of `message`
        expect(ice.data.code).toBe("validation_failed")
        expect(ice.data.fields).toEqual([{ path: "vendor.ice", message: expect.stringMatching(/15 digits/) }])

        const noStory = await api.post(
          "/vendor/applications",
          applicationBody("Coopérative Muette", { story: {} }),
          bearer(registration)
        )
        expect(noStory.status).toBe(400)
        expect(noStory.data.message).toMatch(/story.*at least one language/)

        const product = await api.post(
          "/vendor/products",
          productBody(categoryId, [], {
            variants: [{ title: "1", price_mad: -3, price_eur: 1, stock: 1.5 }],
          }),
          bearer(a.token)
        )
        expect(product.status).toBe(400)
        expect(product.data.message).toMatch(/variants/)
        expect(product.data.code).toBe("validation_failed")
        expect(product.data.fields.map((field: { path: string }) => field.path)).toEqual(
          expect.arrayContaining(["variants.0.price_mad", "variants.0.stock"])
        )
      })

      it("registering an email twice answers as a first registration: nothing tells that the login exists", async () => {
        const email = uniqueEmail("twice")
        await registerVendorLogin(api, email)
        const again = await api.post(
          "/auth/vendor/emailpass/register",
          { email, password: "another-Passw0rd" },
          never
        )
        // the owner of the login is told by email (access-control.spec.ts)
        expect(again.status).toBe(200)
        expect(typeof again.data.token).toBe("string")
      })

      it("a 10 MB text is a 400 with a short message, not a crash", async () => {
        const huge = "ⵣ".repeat(3_500_000)
        const response = await api.post(
          "/vendor/applications",
          applicationBody("Coopérative Bavarde", { story: { fr: huge } }),
          bearer(registration)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/story/)
        expect(response.data.message.length).toBeLessThan(500)
      })

      it("stores script tags as plain text", async () => {
        const story = `<script>alert("x")</script> Nous tissons.`
        const response = await api.post("/vendor/me/vendor", { story: { fr: story } }, bearer(a.token))
        expect(response.status).toBe(200)
        expect(response.data.vendor.story).toBe(story)
      })

      it("uploads: non-images, disguised files and oversize photos are 400", async () => {
        const text = await uploadPhoto(api, a.token, "notes.txt", Buffer.from("hello"), "text/plain")
        expect(text.status).toBe(400)
        expect(text.data.message).toMatch(/JPEG, PNG or WebP/)
        expect(text.data).toMatchObject({ code: "validation_failed", fields: [{ path: "files" }] })

        const disguised = await uploadPhoto(
          api,
          a.token,
          "evil.png",
          Buffer.from("<svg onload=alert(1)>"),
          "image/png"
        )
        expect(disguised.status).toBe(400)
        expect(disguised.data.message).toMatch(/evil\.png/)

        const big = Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          Buffer.alloc(6 * 1024 * 1024),
        ])
        const oversize = await uploadPhoto(api, a.token, "big.png", big)
        expect(oversize.status).toBe(400)
        expect(oversize.data.message).toMatch(/5 MB/)

        const form = new FormData()
        for (let i = 0; i < 9; i++) {
          form.append(
            "files",
            new Blob([Buffer.from([0xff, 0xd8, 0xff, 0xe0])], { type: "image/jpeg" }),
            `p${i}.jpg`
          )
        }
        const tooMany = await api.post("/vendor/uploads", form, bearer(a.token))
        expect(tooMany.status).toBe(400)

        const none = await api.post("/vendor/uploads", new FormData(), bearer(a.token))
        expect(none.status).toBe(400)
      })

      it("a registration token may upload a logo", async () => {
        const response = await uploadPhoto(api, registration, "logo.png")
        expect(response.status).toBe(200)
        expect(response.data.files[0]).toEqual({
          id: expect.any(String),
          url: expect.stringMatching(/\/photos\/logo-[0-9a-f]{16}-\d+\.webp$/),
        })
      })
    })

    describe("nothing half-written", () => {
      it("a failure late in the application workflow leaves no vendor, member or login link", async () => {
        const { createVendorApplicationWorkflow } = nodeRequire(
          "../../src/workflows/vendor/workflows/create-vendor-application"
        )
        createVendorApplicationWorkflow.hooks.vendorApplied(
          async ({ vendor_id }: { vendor_id: string }, { container }: any) => {
            const [vendor] = await container.resolve("vendor").listVendors({ id: vendor_id })
            if (vendor?.name === "Coopérative Échec") {
              throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "forced failure for the test")
            }
          }
        )
        const email = uniqueEmail("rollback")
        const registration = await registerVendorLogin(api, email)
        const response = await api.post(
          "/vendor/applications",
          applicationBody("Coopérative Échec"),
          bearer(registration)
        )
        expect(response.status).toBeGreaterThanOrEqual(400)

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const vendors = await (getContainer().resolve("vendor") as any).listVendors({
          name: "Coopérative Échec",
        })
        expect(vendors).toHaveLength(0)
        const members = await (getContainer().resolve("vendor") as any).listVendorMembers({ email })
        expect(members).toHaveLength(0)
        const { data: identities } = await query.graph({
          entity: "auth_identity",
          fields: ["id", "app_metadata", "provider_identities.entity_id"],
          filters: { provider_identities: { entity_id: email } } as never,
        })
        expect(identities).toHaveLength(1)
        expect(identities[0].app_metadata?.vendor_id ?? null).toBeNull()

        // the same login can apply again once the problem is gone
        const retry = await api.post(
          "/vendor/applications",
          applicationBody("Coopérative Réessai"),
          bearer(registration)
        )
        expect(retry.status).toBe(201)
      })
    })

    describe("inbox", () => {
      const inbox = async (token: string, query = "") =>
        api.get(`/vendor/notifications${query}`, bearer(token))

      it("shows each member what the marketplace told her, in the portal's language, and nobody else's", async () => {
        const alpha = await inbox(a.token)
        expect(alpha.status).toBe(200)
        const approval = alpha.data.notifications.find((entry: any) => entry.template === "vendor-approve")
        expect(approval).toMatchObject({
          subject: "Coopérative Alpha est acceptée sur le Bazar Solidaire",
          lines: expect.arrayContaining([expect.any(String)]),
          created_at: expect.any(String),
        })
        expect(alpha.data.count).toBe(alpha.data.notifications.length)
        // the portal's unread count: nothing after the newest message, everything after the epoch
        const newest = encodeURIComponent(alpha.data.notifications[0].created_at)
        expect((await inbox(a.token, `?limit=1&created_after=${newest}`)).data.count).toBe(0)
        const all = await inbox(a.token, "?limit=1&created_after=2000-01-01T00:00:00.000Z")
        expect(all.data.count).toBe(alpha.data.count)
        const arabic = await inbox(a.token, "?locale=ar")
        expect(arabic.data.notifications.find((entry: any) => entry.id === approval.id).subject).toBe(
          "تم قبول Coopérative Alpha في البازار التضامني"
        )

        // the other cooperative has its own approval, not Alpha's
        const beta = await inbox(b.token)
        expect(beta.data.notifications.map((entry: any) => entry.subject)).toContain(
          "Coopérative Beta est acceptée sur le Bazar Solidaire"
        )
        const alphaIds = alpha.data.notifications.map((entry: any) => entry.id)
        for (const entry of beta.data.notifications) {
          expect(alphaIds).not.toContain(entry.id)
        }

        // a second member of Alpha has her own inbox: the owner's messages are not hers
        const invitee = uniqueEmail("inbox-member")
        expect((await api.post("/vendor/invites", { email: invitee }, bearer(a.token))).status).toBe(201)
        const [invitation] = await notificationsTo(invitee)
        const token = new URL(invitation.data.url as string).searchParams.get("token")!
        const registration = await registerVendorLogin(api, invitee)
        const accepted = await api.post(
          "/vendor/invites/accept",
          { token, first_name: "Hafsa", last_name: "Amrani" },
          bearer(registration)
        )
        expect(accepted.status).toBe(201)
        const second = await inbox(await loginVendor(api, invitee))
        expect(second.status).toBe(200)
        expect(second.data.notifications).toEqual([])
      })

      it("refuses pages over 100 and languages the shop does not speak", async () => {
        expect((await inbox(a.token, "?limit=1000")).status).toBe(400)
        expect((await inbox(a.token, "?locale=de")).status).toBe(400)
      })
    })

    describe("members", () => {
      it("invite → accept joins the inviting cooperative; the token works once, for that email only", async () => {
        const invitee = uniqueEmail("invitee")
        const invite = await api.post("/vendor/invites", { email: invitee }, bearer(a.token))
        expect(invite.status).toBe(201)
        expect(invite.data.invite).toEqual({
          id: expect.any(String),
          email: invitee,
          expires_at: expect.any(String),
        })
        const [notification] = await notificationsTo(invitee)
        const url = new URL(notification.data.url as string)
        expect(url.pathname).toBe("/fr/portal/accept-invite")
        const token = url.searchParams.get("token")!

        const stranger = await registerVendorLogin(api, uniqueEmail("stranger"))
        const wrongEmail = await api.post(
          "/vendor/invites/accept",
          { token, first_name: "S", last_name: "T" },
          bearer(stranger)
        )
        expect(wrongEmail.status).toBe(400)

        const registration = await registerVendorLogin(api, invitee)
        const accepted = await api.post(
          "/vendor/invites/accept",
          { token, first_name: "Khadija", last_name: "Ouali" },
          bearer(registration)
        )
        expect(accepted.status).toBe(201)
        expect(accepted.data.member).toEqual(expect.objectContaining({ email: invitee, role: "member" }))

        const memberToken = await loginVendor(api, invitee)
        const me = await api.get("/vendor/me", bearer(memberToken))
        expect(me.data.vendor.id).toBe(a.vendor.id)
        const members = await api.get("/vendor/members", bearer(a.token))
        expect(members.data.members.map((m: any) => m.email).sort()).toEqual([a.email, invitee].sort())

        const again = await registerVendorLogin(api, uniqueEmail("again"))
        const reuse = await api.post(
          "/vendor/invites/accept",
          { token, first_name: "A", last_name: "B" },
          bearer(again)
        )
        expect(reuse.status).toBe(404)
      })

      it("removing members: another cooperative's member is a 404, only owners remove, the login stops working", async () => {
        const bMembers = (await api.get("/vendor/members", bearer(b.token))).data.members
        const foreign = await api.delete(`/vendor/members/${bMembers[0].id}`, bearer(a.token))
        expect(foreign.status).toBe(404)
        expect((await api.get("/vendor/members", bearer(b.token))).data.members).toEqual(bMembers)

        const email = uniqueEmail("leaving")
        await api.post("/vendor/invites", { email }, bearer(b.token))
        const [notification] = await notificationsTo(email)
        const token = new URL(notification.data.url as string).searchParams.get("token")!
        const registration = await registerVendorLogin(api, email)
        const joined = await api.post(
          "/vendor/invites/accept",
          { token, first_name: "L", last_name: "M" },
          bearer(registration)
        )
        const memberToken = await loginVendor(api, email)

        const notOwner = await api.delete(`/vendor/members/${bMembers[0].id}`, bearer(memberToken))
        expect(notOwner.status).toBe(403)
        const removed = await api.delete(`/vendor/members/${joined.data.member.id}`, bearer(b.token))
        expect(removed.status).toBe(200)
        expect((await api.get("/vendor/me", bearer(memberToken))).status).toBe(401)
        expect(
          (await api.get("/vendor/members", bearer(b.token))).data.members.map((m: any) => m.email)
        ).toEqual([b.email])
      })

      it("password reset sends a portal link through the notification provider", async () => {
        const reset = await api.post("/auth/vendor/emailpass/reset-password", { identifier: a.email }, never)
        expect(reset.status).toBe(201)
        let notification: any
        for (let i = 0; i < 50 && !notification; i++) {
          notification = (await notificationsTo(a.email)).find(
            (n: any) => n.template === "vendor-password-reset"
          )
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        const url = new URL(notification.data.url)
        expect(url.pathname).toBe("/fr/portal/reset-password")
        expect(url.searchParams.get("email")).toBe(a.email)
        const update = await api.post(
          "/auth/vendor/emailpass/update",
          { email: a.email, password: `${PASSWORD}-new` },
          bearer(url.searchParams.get("token")!)
        )
        expect(update.status).toBe(200)
        const login = await api.post(
          "/auth/vendor/emailpass",
          { email: a.email, password: `${PASSWORD}-new` },
          never
        )
        expect(login.status).toBe(200)
      })
    })

    describe("editing products", () => {
      it("updates texts, variants, prices and stock; deleting a published product is refused", async () => {
        const c = await approvedCooperative(api, staff, "Coopérative Edition")
        const created = (await api.post("/vendor/products", productBody(categoryId, []), bearer(c.token)))
          .data.product
        const [first] = created.variants
        const update = await api.post(
          `/vendor/products/${created.id}`,
          {
            title: { fr: "Safran de Taliouine", en: "Taliouine saffron" },
            variants: [{ id: first.id, title: first.title, price_mad: 65, price_eur: 8, stock: 3 }],
          },
          bearer(c.token)
        )
        expect(update.status).toBe(200)
        const product = update.data.product
        expect(product.title).toBe("Safran de Taliouine")
        expect(product.translations.en.title).toBe("Taliouine saffron")
        expect(product.translations.ar.title).toBe("زعفران")
        // the variant left out of the list is removed
        expect(product.variants.map((v: any) => [v.title, v.price_mad, v.price_eur, v.stock])).toEqual([
          ["1 g", 65, 8, 3],
        ])
        // variants after creation: one renamed, one added, with their stock
        const added = await api.post(
          `/vendor/products/${created.id}`,
          {
            variants: [
              { id: first.id, title: "1 gramme", price_mad: 65, price_eur: 8, stock: 3 },
              { title: "10 g", price_mad: 520, price_eur: 55, stock: 2 },
            ],
          },
          bearer(c.token)
        )
        expect(added.status, JSON.stringify(added.data)).toBe(200)
        const variants = added.data.product.variants.map((v: any) => [v.title, v.price_mad, v.stock])
        expect(variants.sort()).toEqual([
          ["1 gramme", 65, 3],
          ["10 g", 520, 2],
        ])
        expect(added.data.product.variants.find((v: any) => v.title === "1 gramme").id).toBe(first.id)
        // renamed back, the other removed: the old name is still the product's to use
        const back = await api.post(
          `/vendor/products/${created.id}`,
          { variants: [{ id: first.id, title: "1 g", price_mad: 65, price_eur: 8, stock: 3 }] },
          bearer(c.token)
        )
        expect(back.status, JSON.stringify(back.data)).toBe(200)
        expect(back.data.product.variants.map((v: any) => v.title)).toEqual(["1 g"])
        const again = await api.post(
          `/vendor/products/${created.id}`,
          {
            variants: [
              { id: first.id, title: "1 g", price_mad: 65, price_eur: 8, stock: 3 },
              { title: "10 g", price_mad: 520, price_eur: 55, stock: 4 },
            ],
          },
          bearer(c.token)
        )
        expect(again.status, JSON.stringify(again.data)).toBe(200)
        expect(again.data.product.variants.map((v: any) => [v.title, v.stock]).sort()).toEqual([
          ["1 g", 3],
          ["10 g", 4],
        ])
        // two variants of one name are refused, naming the field
        const twice = await api.post(
          `/vendor/products/${created.id}`,
          {
            variants: [
              { id: first.id, title: "1 g", price_mad: 65, price_eur: 8, stock: 3 },
              { title: "1 G", price_mad: 65, price_eur: 8, stock: 1 },
            ],
          },
          bearer(c.token)
        )
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/variants/)

        await api.post(`/vendor/products/${created.id}/submit`, {}, bearer(c.token))
        const reject = await api.post(
          `/admin/moderation/products/${created.id}/reject`,
          { reason: "Photo manquante" },
          bearer(staff)
        )
        expect(reject.status).toBe(200)
        const rejected = (await api.get(`/vendor/products/${created.id}`, bearer(c.token))).data.product
        expect(rejected.status).toBe("rejected")
        expect(rejected.metadata.rejection_reason).toBe("Photo manquante")
        expect(rejected.metadata).toMatchObject({
          moderation_decision: "rejected",
          moderation_decided_by: expect.stringMatching(/^user_/),
        })
        expect((await api.post(`/vendor/products/${created.id}/submit`, {}, bearer(c.token))).status).toBe(
          200
        )
        expect(
          (await api.post(`/admin/moderation/products/${created.id}/publish`, {}, bearer(staff))).status
        ).toBe(200)
        const deletion = await api.delete(`/vendor/products/${created.id}`, bearer(c.token))
        expect(deletion.status).toBe(400)
        expect((await api.get(`/vendor/products/${created.id}`, bearer(c.token))).data.product.status).toBe(
          "published"
        )
      })
    })

    describe("edits of a published product", () => {
      it("wait for staff while the published version stays on sale; stock and small price moves go live", async () => {
        const c = await approvedCooperative(api, staff, "Coopérative Relecture")
        const other = await approvedCooperative(api, staff, "Coopérative Voisine")
        const created = (await api.post("/vendor/products", productBody(categoryId, []), bearer(c.token)))
          .data.product
        await api.post(`/vendor/products/${created.id}/submit`, {}, bearer(c.token))
        expect(
          (await api.post(`/admin/moderation/products/${created.id}/publish`, {}, bearer(staff))).status
        ).toBe(200)
        const key = await storefrontKey(getContainer())
        const inShop = async () =>
          (
            await api.get(`/store/products?handle=${created.handle}&fields=id,title`, {
              headers: { "x-publishable-api-key": key },
              ...never,
            })
          ).data.products[0]
        const variantsOf = (product: any) =>
          product.variants.map((v: any) => ({
            id: v.id,
            title: v.title,
            sku: v.sku,
            price_mad: v.price_mad,
            price_eur: v.price_eur,
            stock: v.stock,
          }))
        const [first, second] = variantsOf(created)

        // stock and a 5 % price move: live at once, nothing to review
        const small = await api.post(
          `/vendor/products/${created.id}`,
          { variants: [{ ...first, price_mad: 63, stock: 12 }, second] },
          bearer(c.token)
        )
        expect(small.status, JSON.stringify(small.data)).toBe(200)
        expect(small.data.pending_edit).toBeNull()
        expect(variantsOf(small.data.product).map((v: any) => [v.price_mad, v.stock])).toEqual([
          [63, 12],
          [280, 4],
        ])

        // a new title and a doubled price wait; the stock written with them goes live
        const big = await api.post(
          `/vendor/products/${created.id}`,
          {
            title: { fr: "Safran de Taliouine AOP", ar: "زعفران", en: "Saffron threads" },
            variants: [{ ...first, price_mad: 126, stock: 7 }, second],
          },
          bearer(c.token)
        )
        expect(big.status, JSON.stringify(big.data)).toBe(200)
        expect(big.data.pending_edit).toMatchObject({ status: "pending" })
        expect(Object.keys(big.data.pending_edit.changes).sort()).toEqual(["title", "variants"])
        expect(big.data.product.title).toBe("Safran en pistils")
        expect(variantsOf(big.data.product).map((v: any) => [v.price_mad, v.stock])).toEqual([
          [63, 7],
          [280, 4],
        ])
        const shown = await inShop()
        expect(shown.title).toBe("Safran en pistils")

        // another cooperative neither sees nor touches it
        expect((await api.get(`/vendor/products/${created.id}`, bearer(other.token))).status).toBe(404)
        expect(
          (await api.post(`/vendor/products/${created.id}`, { title: { fr: "Volé" } }, bearer(other.token)))
            .status
        ).toBe(404)
        // nor names a variant of another product
        const foreign = await api.post(
          `/vendor/products/${created.id}`,
          { variants: [{ ...first, id: "variant_not_mine" }, second] },
          bearer(c.token)
        )
        expect(foreign.status).toBe(404)

        // staff see the change beside the product on sale, and send it back with a reason
        const listed = await api.get("/admin/moderation/edits", bearer(staff))
        expect(listed.status).toBe(200)
        const edit = listed.data.edits.find((row: any) => row.product?.id === created.id)
        expect(edit.product.title).toBe("Safran en pistils")
        expect(edit.changes.title.fr).toBe("Safran de Taliouine AOP")
        expect((await api.get("/admin/moderation/edits", bearer(c.token))).status).toBe(401)
        expect((await api.post(`/admin/moderation/edits/${edit.id}/reject`, {}, bearer(staff))).status).toBe(
          400
        )
        const rejected = await api.post(
          `/admin/moderation/edits/${edit.id}/reject`,
          { reason: "Le titre doit rester descriptif" },
          bearer(staff)
        )
        expect(rejected.status, JSON.stringify(rejected.data)).toBe(200)
        const afterReject = (await api.get(`/vendor/products/${created.id}`, bearer(c.token))).data
        expect(afterReject.pending_edit).toMatchObject({
          status: "rejected",
          reason: "Le titre doit rester descriptif",
        })
        expect(afterReject.product.title).toBe("Safran en pistils")

        // written again, approved: live, still published, today's stock kept; approved once only
        const retry = await api.post(
          `/vendor/products/${created.id}`,
          {
            title: { fr: "Safran de Taliouine", ar: "زعفران", en: "Saffron threads" },
            variants: [{ ...first, price_mad: 126, stock: 7 }, second],
          },
          bearer(c.token)
        )
        const pendingId = retry.data.pending_edit.id
        expect(
          (
            await api.post(
              `/vendor/products/${created.id}`,
              { variants: [{ ...first, price_mad: 63, stock: 2 }, second] },
              bearer(c.token)
            )
          ).data.product.variants[0].stock
        ).toBe(2)
        const approvals = await Promise.all(
          [1, 2].map(() => api.post(`/admin/moderation/edits/${pendingId}/approve`, {}, bearer(staff)))
        )
        expect(approvals.map((answer) => answer.status).sort()).toEqual([200, 409])
        const approved = approvals.find((answer) => answer.status === 200)!.data
        expect(approved.edit).toMatchObject({
          status: "approved",
          decided_by: expect.stringMatching(/^user_/),
        })
        expect(approved.product).toMatchObject({ title: "Safran de Taliouine", status: "published" })
        expect(variantsOf(approved.product).map((v: any) => [v.price_mad, v.stock])).toEqual([
          [126, 2],
          [280, 4],
        ])
        expect((await inShop()).title).toBe("Safran de Taliouine")
        expect(
          (await api.get(`/vendor/products/${created.id}`, bearer(c.token))).data.pending_edit
        ).toBeNull()
      })
    })

    describe("Idempotency-Key on product creation", () => {
      const withKey = (token: string, key: string) => ({
        headers: { ...bearer(token).headers, "idempotency-key": key },
        ...never,
      })
      const productsOf = async (token: string) =>
        (await api.get("/vendor/products?limit=100", bearer(token))).data.products as { id: string }[]

      it("returns the product made the first time when the same cooperative sends the key again", async () => {
        const key = crypto.randomUUID()
        const before = (await productsOf(a.token)).length
        const first = await api.post("/vendor/products", productBody(categoryId, []), withKey(a.token, key))
        expect(first.status).toBe(201)
        const again = await api.post(
          "/vendor/products",
          productBody(categoryId, [], { title: { fr: "Autre titre" } }),
          withKey(a.token, key)
        )
        expect(again.status).toBe(200)
        expect(again.data.product.id).toBe(first.data.product.id)
        expect(again.data.product.title).toBe(first.data.product.title)
        expect((await productsOf(a.token)).length).toBe(before + 1)
      })

      it("creates one product for concurrent requests with the same key", async () => {
        const key = crypto.randomUUID()
        const before = (await productsOf(a.token)).length
        const answers = await Promise.all(
          [1, 2, 3].map(() =>
            api.post("/vendor/products", productBody(categoryId, []), withKey(a.token, key))
          )
        )
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 201])
        expect(new Set(answers.map((answer) => answer.data.product.id)).size).toBe(1)
        expect((await productsOf(a.token)).length).toBe(before + 1)
      })

      it("never answers another cooperative's product for the same key: it gets its own", async () => {
        const key = crypto.randomUUID()
        const ofA = await api.post("/vendor/products", productBody(categoryId, []), withKey(a.token, key))
        const ofB = await api.post("/vendor/products", productBody(categoryId, []), withKey(b.token, key))
        expect([ofA.status, ofB.status]).toEqual([201, 201])
        expect(ofB.data.product.id).not.toBe(ofA.data.product.id)
        expect((await productsOf(b.token)).map((product) => product.id)).not.toContain(ofA.data.product.id)
        expect((await productsOf(a.token)).map((product) => product.id)).not.toContain(ofB.data.product.id)
        // and each cooperative's repeat still finds its own
        const againB = await api.post("/vendor/products", productBody(categoryId, []), withKey(b.token, key))
        expect([againB.status, againB.data.product.id]).toEqual([200, ofB.data.product.id])
      })

      it("refuses a malformed key with a 400 naming the header, and creates nothing", async () => {
        const before = (await productsOf(a.token)).length
        for (const key of ["x".repeat(65), "short", "has spaces in it", "semi;colon-1234"]) {
          const response = await api.post(
            "/vendor/products",
            productBody(categoryId, []),
            withKey(a.token, key)
          )
          expect([key, response.status]).toEqual([key, 400])
          expect(response.data.message).toContain("Idempotency-Key")
        }
        expect((await productsOf(a.token)).length).toBe(before)
      })
    })

    describe("staff decisions", () => {
      it("checks transitions and reasons; /store/vendors lists approved vendors only", async () => {
        const pending = await applyAsCooperative(api, "Coopérative Décision")
        expect((await api.post(`/admin/vendors/${pending.vendor.id}/reject`, {}, bearer(staff))).status).toBe(
          400
        )
        expect(
          (
            await api.post(
              `/admin/vendors/${pending.vendor.id}/suspend`,
              { reason: "Pourquoi pas" },
              bearer(staff)
            )
          ).status
        ).toBe(400)
        expect(
          (await api.post(`/admin/vendors/${pending.vendor.id}/reinstate`, {}, bearer(staff))).status
        ).toBe(400)
        const list = await api.get("/admin/vendors?status=pending&q=Décision", bearer(staff))
        expect(list.status).toBe(200)
        expect(list.data.vendors.map((v: any) => v.id)).toEqual([pending.vendor.id])

        const key = (
          await getContainer()
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "api_key", fields: ["token"], filters: { type: "publishable" } })
        ).data[0].token
        const store = await api.get("/store/vendors?limit=100", {
          headers: { "x-publishable-api-key": key },
          ...never,
        })
        expect(store.data.vendors.map((v: any) => v.handle)).not.toContain(pending.vendor.handle)

        const rejected = await api.post(
          `/admin/vendors/${pending.vendor.id}/reject`,
          { reason: "Dossier incomplet" },
          bearer(staff)
        )
        expect(rejected.status).toBe(200)
        expect(rejected.data.vendor.status).toBe("rejected")
        expect(rejected.data.vendor.decisions[0]).toEqual(
          expect.objectContaining({ action: "reject", reason: "Dossier incomplet" })
        )
        expect(
          (await api.post(`/admin/vendors/${pending.vendor.id}/approve`, {}, bearer(staff))).status
        ).toBe(400)
        const [notification] = await notificationsTo(pending.email)
        expect(notification).toEqual(expect.objectContaining({ template: "vendor-reject", channel: "email" }))
      })
    })
  },
})

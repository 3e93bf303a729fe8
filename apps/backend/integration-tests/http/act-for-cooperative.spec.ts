import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { cooperativesInTurn, orderKit } from "./helpers/orders"
import { COOPERATIVE_SUPPORT_ROLE } from "../../src/lib/staff/staff-permissions"
import { paintPlaceholderPng } from "../../src/scripts/seed/placeholder-image"
import {
  approvedCooperative,
  bearer,
  firstCategoryId,
  loginStaff,
  never,
  productBody,
  uniqueEmail,
  uploadPhoto,
} from "./helpers/portal"

const ACT_FOR = "x-bazaar-cooperative"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    // the demo marketplace (no stand sales), and orders placed as the shop does
    const kit = orderKit(api, getContainer)
    let categoryId: string
    let staff: string
    let a: Awaited<ReturnType<typeof approvedCooperative>>
    let b: Awaited<ReturnType<typeof approvedCooperative>>
    /** A staff user with or without the cooperative support role, signed in. */
    async function staffUser(roles: string[]) {
      const email = uniqueEmail("staff")
      const password = "staff-acting-2026"
      const container = getContainer()
      const [user] = await container
        .resolve(Modules.USER)
        .createUsers([
          { email, first_name: "Khadija", last_name: "Centre", metadata: { bazaar_roles: roles } },
        ])
      const auth = container.resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: { email, password } } as never)
      await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
      const login = await api.post("/auth/user/emailpass", { email, password }, never)
      expect(login.status).toBe(200)
      return { user, token: login.data.token as string }
    }
    const as = (token: string, vendorId?: string) => {
      const config = bearer(token)
      return vendorId ? { ...config, headers: { ...config.headers, [ACT_FOR]: vendorId } } : config
    }
    const productsOf = async (token: string) =>
      (await api.get("/vendor/products?limit=100", bearer(token))).data.products as any[]
    const historyOf = async (vendorId: string) =>
      (await api.get(`/admin/vendors/${vendorId}/activity`, bearer(staff))).data.activity as any[]

    beforeAll(async () => {
      await kit.seedMarketplace()
      staff = await loginStaff(api)
      categoryId = await firstCategoryId(getContainer())
      a = await approvedCooperative(api, staff, `Coopérative Accompagnée ${Date.now()}`)
      b = await approvedCooperative(api, staff, `Coopérative Voisine ${Date.now()}`)
    })

    it("refuses staff without the cooperative support role, and changes nothing", async () => {
      const plain = await staffUser([])
      const before = await productsOf(a.token)
      const photo = await api.post("/vendor/uploads", new FormData(), as(plain.token, a.vendor.id))
      expect(photo.status).toBe(403)
      const create = await api.post(
        "/vendor/products",
        productBody(categoryId, []),
        as(plain.token, a.vendor.id)
      )
      expect(create.status).toBe(403)
      expect(create.data.message).toMatch(/cooperative support role/)
      expect(await productsOf(a.token)).toEqual(before)
      // without naming a cooperative, staff tokens stay outside the portal
      expect((await api.get("/vendor/products", bearer(plain.token))).status).toBe(403)
    })

    it("keeps staff roles for staff administrators to give", async () => {
      const plain = await staffUser([])
      const grantSelf = await api.post(
        `/admin/users/${plain.user.id}`,
        { metadata: { bazaar_roles: [COOPERATIVE_SUPPORT_ROLE] } },
        bearer(plain.token)
      )
      expect(grantSelf.status).toBe(403)
      expect(grantSelf.data.message).toMatch(/staff administrator/)
      const wipe = await api.post(`/admin/users/${plain.user.id}`, { metadata: null }, bearer(plain.token))
      expect(wipe.status).toBe(403)
      // the rest of a profile stays hers to edit
      const rename = await api.post(
        `/admin/users/${plain.user.id}`,
        { first_name: "Khadija B." },
        bearer(plain.token)
      )
      expect(rename.status).toBe(200)
      const unknown = await api.post(
        `/admin/users/${plain.user.id}`,
        { metadata: { bazaar_roles: ["owner_of_everything"] } },
        bearer(staff)
      )
      expect(unknown.status).toBe(400)
      expect((await api.get("/vendor/products", as(plain.token, a.vendor.id))).status).toBe(403)

      // the demo's staff administrator gives her the role: she may act for the cooperative
      const granted = await api.post(
        `/admin/users/${plain.user.id}`,
        { metadata: { bazaar_roles: [COOPERATIVE_SUPPORT_ROLE] } },
        bearer(staff)
      )
      expect(granted.status).toBe(200)
      expect((await api.get("/vendor/products", as(plain.token, a.vendor.id))).status).toBe(200)
    })

    it("lets staff with the role add a product for one cooperative, shown as added by the centre", async () => {
      const support = await staffUser([COOPERATIVE_SUPPORT_ROLE])
      const uploaded = await uploadPhotoFor(support.token, a.vendor.id)
      expect(uploaded.status).toBe(200)
      const image = uploaded.data.files[0].url
      const created = await api.post(
        "/vendor/products",
        productBody(categoryId, [image], { title: { fr: "Tapis apporté au centre" } }),
        as(support.token, a.vendor.id)
      )
      expect(created.status).toBe(201)
      const id = created.data.product.id
      expect(created.data.product.added_by_centre).toBe(true)
      expect(
        (await api.post(`/vendor/products/${id}/submit`, {}, as(support.token, a.vendor.id))).status
      ).toBe(200)

      // the cooperative's members see it as theirs, added by the centre; the other cooperative does not
      const mine = (await productsOf(a.token)).find((product) => product.id === id)
      expect(mine).toMatchObject({ status: "proposed", added_by_centre: true })
      expect((await productsOf(b.token)).map((product) => product.id)).not.toContain(id)

      // the history names who did it
      const history = await historyOf(a.vendor.id)
      expect(history.slice(0, 2)).toEqual([
        expect.objectContaining({ action: "product.submit", resource_id: id, actor_type: "staff" }),
        expect.objectContaining({
          action: "product.created",
          resource_id: id,
          actor_type: "staff",
          actor_id: support.user.id,
          actor_name: "Khadija Centre",
        }),
      ])
      // the member's own changes are hers
      const edit = await api.post(
        `/vendor/products/${id}`,
        { description: { fr: "Laine de l'Atlas" } },
        bearer(a.token)
      )
      expect(edit.status).toBe(200)
      expect((await historyOf(a.vendor.id))[0]).toMatchObject({
        action: "product.updated",
        actor_type: "member",
        actor_id: a.member.id,
      })
      // and the portal reads the same history
      const portal = await api.get("/vendor/activity", bearer(a.token))
      expect(portal.data.activity.map((entry: any) => entry.action).slice(0, 3)).toEqual([
        "product.updated",
        "product.submit",
        "product.created",
      ])
    })

    it("acting for one cooperative never touches another's", async () => {
      const support = await staffUser([COOPERATIVE_SUPPORT_ROLE])
      const image = (await uploadPhoto(api, b.token, "beta.png")).data.files[0].url
      const ofB = (await api.post("/vendor/products", productBody(categoryId, [image]), bearer(b.token))).data
        .product
      const bHistory = await historyOf(b.vendor.id)

      expect((await api.get(`/vendor/products/${ofB.id}`, as(support.token, a.vendor.id))).status).toBe(404)
      const edit = await api.post(
        `/vendor/products/${ofB.id}`,
        { title: { fr: "Pris" } },
        as(support.token, a.vendor.id)
      )
      expect(edit.status).toBe(404)
      // B's photo cannot become a product of A's either
      const stolen = await api.post(
        "/vendor/products",
        productBody(categoryId, [image]),
        as(support.token, a.vendor.id)
      )
      expect(stolen.status).toBe(404)
      expect((await api.get(`/vendor/products/${ofB.id}`, bearer(b.token))).data.product.title).toBe(
        ofB.title
      )
      expect(await historyOf(b.vendor.id)).toEqual(bHistory)

      // a member cannot borrow the header to act for another cooperative: her own stays hers
      const count = (await productsOf(b.token)).length
      const borrowed = await api.post(
        "/vendor/products",
        productBody(categoryId, [image], { title: { fr: "Produit de B" } }),
        as(b.token, a.vendor.id)
      )
      expect(borrowed.status).toBe(201)
      expect((await productsOf(b.token)).length).toBe(count + 1)
      expect((await productsOf(a.token)).map((product) => product.id)).not.toContain(borrowed.data.product.id)
    })

    it("the cooperative's record: members edit its public profile, staff the rest, each change in its history", async () => {
      const profile = await api.post(
        "/vendor/me/vendor",
        {
          tagline: { fr: "Tapis de l'Atlas", ar: "زرابي الأطلس", en: "Atlas rugs" },
          email: "contact@alpha.ma",
        },
        bearer(a.token)
      )
      expect(profile.status).toBe(200)
      expect(profile.data.vendor.tagline).toBe("Tapis de l'Atlas")
      // the record itself is staff's: a member's change to it is refused with the field named
      for (const body of [
        { legal_form: "association" },
        { ice: "001234567000089" },
        { women_share: 100 },
        { name: "Autre" },
      ]) {
        const refused = await api.post("/vendor/me/vendor", body, bearer(a.token))
        expect([body, refused.status]).toEqual([body, 400])
        expect(refused.data.message).toMatch(Object.keys(body)[0])
      }

      const record = await api.post(
        `/admin/vendors/${a.vendor.id}`,
        {
          legal_form: "association",
          ice: "001234567000089",
          members_count: 42,
          women_share: 90,
          region: "Souss-Massa",
        },
        bearer(staff)
      )
      expect(record.status).toBe(200)
      expect(record.data.vendor).toMatchObject({
        legal_form: "association",
        ice: "001234567000089",
        members_count: 42,
        women_share: 90,
        tagline: "Tapis de l'Atlas",
      })
      const bad = await api.post(
        `/admin/vendors/${a.vendor.id}`,
        { women_share: 140, status: "approved" },
        bearer(staff)
      )
      expect(bad.status).toBe(400)
      expect(
        (await api.post("/admin/vendors/vend_unknown", { members_count: 3 }, bearer(staff))).status
      ).toBe(404)
      expect(
        (await api.post(`/admin/vendors/${a.vendor.id}`, { members_count: 3 }, bearer(a.token))).status
      ).toBe(401)

      const [latest, before] = await historyOf(a.vendor.id)
      expect(latest).toMatchObject({
        action: "record.updated",
        actor_type: "staff",
        actor_name: "Équipe du centre",
      })
      expect(before).toMatchObject({ action: "profile.updated", actor_type: "member", actor_id: a.member.id })
    })

    it("asks staff to name an existing cooperative, and keeps members' own accounts theirs", async () => {
      const support = await staffUser([COOPERATIVE_SUPPORT_ROLE])
      const nameless = await api.get("/vendor/products", bearer(support.token))
      expect(nameless.status).toBe(400)
      expect(nameless.data.message).toMatch(ACT_FOR)
      expect((await api.get("/vendor/products", as(support.token, "vend_unknown"))).status).toBe(404)
      const own = await api.post("/vendor/me", { first_name: "Autre" }, as(support.token, a.vendor.id))
      expect(own.status).toBe(403)
      expect((await api.get("/vendor/notifications", as(support.token, a.vendor.id))).status).toBe(403)
      expect((await api.get("/admin/vendors/vend_unknown/activity", bearer(staff))).status).toBe(404)
      expect((await api.get(`/admin/vendors/${a.vendor.id}/activity`, bearer(a.token))).status).toBe(401)
    })

    it("staff ship and deliver a cooperative's parcel for it, each step in its history", async () => {
      const line = cooperativesInTurn()()
      const { parts } = await kit.placeOrder([line])
      const part = parts[0]
      const [other] = await kit.graph("vendor", ["id"], { handle: "tissage-ait-bouli" })
      const ship = (vendorId: string) =>
        api.post(`/vendor/orders/${part.id}/ship`, { carrier: "Amana" }, as(staff, vendorId))
      // acting for another cooperative, its parcel is not found
      expect((await ship(other.id === part.vendor_id ? a.vendor.id : other.id)).status).toBe(404)
      expect((await ship(part.vendor_id)).status).toBe(200)
      expect(
        (await api.post(`/vendor/orders/${part.id}/deliver`, {}, as(staff, part.vendor_id))).status
      ).toBe(200)
      const [delivered] = await kit.graph("vendor_order", ["status"], { id: part.id })
      expect(delivered.status).toBe("delivered")
      const history = await historyOf(part.vendor_id)
      expect(history.slice(0, 2)).toEqual([
        expect.objectContaining({ action: "order.deliver", resource_id: part.id, actor_type: "staff" }),
        expect.objectContaining({ action: "order.ship", resource_id: part.id, actor_type: "staff" }),
      ])
    })

    async function uploadPhotoFor(token: string, vendorId: string) {
      const form = new FormData()
      form.append(
        "files",
        new Blob([paintPlaceholderPng({ color: "#2e86c1", seed: "centre" })], { type: "image/png" }),
        "centre.png"
      )
      return api.post("/vendor/uploads", form, as(token, vendorId))
    }
  },
})

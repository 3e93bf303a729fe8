import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import {
  applyAsCooperative,
  approvedCooperative,
  bearer,
  firstCategoryId,
  loginStaff,
  never,
  productBody,
  storefrontKey,
  uploadPhoto,
} from "./helpers/portal"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let staff: string
    let storeHeaders: { headers: Record<string, string>; validateStatus: () => boolean }
    let categoryId: string

    beforeAll(async () => {
      const container = getContainer()
      await seed({ container, args: [] } as never)
      staff = await loginStaff(api)
      storeHeaders = { headers: { "x-publishable-api-key": await storefrontKey(container) }, ...never }
      categoryId = await firstCategoryId(container)
    })

    it("happy path: apply → approve → product with photo → submit → publish → visible → suspend → gone → reinstate → back", async () => {
      const cooperative = await applyAsCooperative(api, "Coopérative Happy Path")
      expect(cooperative.vendor.status).toBe("pending")
      expect(cooperative.vendor.handle).toBe("cooperative-happy-path")
      expect(cooperative.member.role).toBe("owner")

      const me = await api.get("/vendor/me", bearer(cooperative.token))
      expect(me.status).toBe(200)
      expect(me.data.vendor.status).toBe("pending")
      expect(me.data.vendor.translations.ar.story).toBe("نزرع الزعفران.")

      const approved = await api.post(`/admin/vendors/${cooperative.vendor.id}/approve`, {}, bearer(staff))
      expect(approved.status).toBe(200)
      expect(approved.data.vendor.status).toBe("approved")
      expect(approved.data.vendor.decisions[0]).toEqual(
        expect.objectContaining({ action: "approve", decided_by_email: "staff@bazar-solidaire.ma" })
      )

      const upload = await uploadPhoto(api, cooperative.token)
      expect(upload.status).toBe(200)
      const photo = upload.data.files[0].url

      const created = await api.post("/vendor/products", productBody(categoryId, [photo]), bearer(cooperative.token))
      expect(created.status).toBe(201)
      const product = created.data.product
      expect(product.status).toBe("draft")
      expect(product.thumbnail).toBe(photo)
      expect(product.variants.map((v: any) => [v.title, v.price_mad, v.price_eur, v.stock]).sort()).toEqual([
        ["1 g", 60, 7, 10],
        ["5 g", 280, 29, 4],
      ])
      expect(product.translations.ar.title).toBe("زعفران")

      const hidden = await api.get(`/store/products?handle=${product.handle}`, storeHeaders)
      expect(hidden.data.products).toHaveLength(0)

      const submitted = await api.post(`/vendor/products/${product.id}/submit`, {}, bearer(cooperative.token))
      expect(submitted.status).toBe(200)
      expect(submitted.data.product.status).toBe("proposed")

      const queue = await api.get("/admin/moderation/products", bearer(staff))
      expect(queue.status).toBe(200)
      const row = queue.data.products.find((p: any) => p.id === product.id)
      expect(row.vendor).toEqual(expect.objectContaining({ name: "Coopérative Happy Path", handle: "cooperative-happy-path" }))

      const published = await api.post(`/admin/moderation/products/${product.id}/publish`, {}, bearer(staff))
      expect(published.status).toBe(200)
      expect(published.data.product.status).toBe("published")

      const visible = await api.get(`/store/products?handle=${product.handle}`, storeHeaders)
      expect(visible.data.products).toHaveLength(1)
      const page = await api.get(`/store/vendors/${cooperative.vendor.handle}`, storeHeaders)
      expect(page.status).toBe(200)
      expect(page.data.vendor.products.map((p: any) => p.id)).toEqual([product.id])

      const suspended = await api.post(
        `/admin/vendors/${cooperative.vendor.id}/suspend`,
        { reason: "Contrôle qualité en cours" },
        bearer(staff)
      )
      expect(suspended.status).toBe(200)
      expect(suspended.data.vendor.status).toBe("suspended")
      expect(suspended.data.vendor.decisions[0].hidden_products).toEqual({
        links: [{ product_id: product.id, sales_channel_id: expect.any(String) }],
        unpublished: [product.id],
      })
      expect((await api.get(`/store/products?handle=${product.handle}`, storeHeaders)).data.products).toHaveLength(0)
      expect((await api.get(`/store/vendors/${cooperative.vendor.handle}`, storeHeaders)).status).toBe(404)

      const reinstated = await api.post(`/admin/vendors/${cooperative.vendor.id}/reinstate`, {}, bearer(staff))
      expect(reinstated.status).toBe(200)
      expect(reinstated.data.vendor.status).toBe("approved")
      expect((await api.get(`/store/products?handle=${product.handle}`, storeHeaders)).data.products).toHaveLength(1)
      expect(reinstated.data.vendor.decisions.map((d: any) => d.action)).toEqual(["reinstate", "suspend", "approve"])

      const notifications = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: cooperative.email })
      expect(notifications.map((n: any) => n.template).sort()).toEqual(
        ["product-published", "vendor-approve", "vendor-reinstate", "vendor-suspend"].sort()
      )
    })
  },
})

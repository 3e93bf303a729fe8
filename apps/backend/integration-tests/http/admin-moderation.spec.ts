import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import {
  applyAsCooperative,
  bearer,
  firstCategoryId,
  loginStaff,
  never,
  productBody,
  storefrontKey,
  uploadPhoto,
} from "./helpers/portal"

/** Stands in for the storefront's POST /api/revalidate and keeps the tags each call expired. */
function startRevalidationRecorder() {
  const expired: string[][] = []
  const server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      if (req.url === "/api/revalidate" && req.headers["x-revalidate-secret"] === "moderation-spec") {
        expired.push(JSON.parse(body).tags)
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}")
    })
  })
  return { server, expired }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let staff: string
    let storeHeaders: { headers: Record<string, string>; validateStatus: () => boolean }
    let categoryId: string
    const storefront = startRevalidationRecorder()

    beforeAll(async () => {
      // set before the first product event: the backend reads them once
      await new Promise<void>((resolve) => storefront.server.listen(0, "127.0.0.1", resolve))
      process.env.STOREFRONT_URL = `http://127.0.0.1:${(storefront.server.address() as AddressInfo).port}`
      process.env.STOREFRONT_REVALIDATE_SECRET = "moderation-spec"
      const container = getContainer()
      await seed({ container, args: [] } as never)
      staff = await loginStaff(api)
      storeHeaders = { headers: { "x-publishable-api-key": await storefrontKey(container) }, ...never }
      categoryId = await firstCategoryId(container)
    })

    afterAll(async () => {
      delete process.env.STOREFRONT_URL
      delete process.env.STOREFRONT_REVALIDATE_SECRET
      await new Promise((resolve) => (storefront.server as Server).close(resolve))
    })

    /** What the storefront was told to expire while `decision` ran, up to its response. */
    async function expiredDuring(decision: () => Promise<unknown>) {
      storefront.expired.length = 0
      await decision()
      return storefront.expired.flat()
    }

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

      const created = await api.post(
        "/vendor/products",
        productBody(categoryId, [photo]),
        bearer(cooperative.token)
      )
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
      expect(row.vendor).toEqual(
        expect.objectContaining({ name: "Coopérative Happy Path", handle: "cooperative-happy-path" })
      )

      let published: any
      const expiredByPublishing = await expiredDuring(async () => {
        published = await api.post(`/admin/moderation/products/${product.id}/publish`, {}, bearer(staff))
      })
      expect(published.status).toBe(200)
      // the shop shows a decision as soon as Admin does
      expect(expiredByPublishing).toContain("products")
      expect(published.data.product.status).toBe("published")
      // which staff member published it, and when
      const staffUser = (await api.get("/admin/users/me", bearer(staff))).data.user
      const [moderated] = await getContainer()
        .resolve(Modules.PRODUCT)
        .listProducts({ id: product.id }, { select: ["metadata"] })
      expect(moderated.metadata).toMatchObject({
        moderation_decision: "published",
        moderation_decided_by: staffUser.id,
        moderation_decided_at: expect.any(String),
      })

      const visible = await api.get(`/store/products?handle=${product.handle}`, storeHeaders)
      expect(visible.data.products).toHaveLength(1)
      const page = await api.get(`/store/vendors/${cooperative.vendor.handle}`, storeHeaders)
      expect(page.status).toBe(200)
      expect(page.data.vendor.products.map((p: any) => p.id)).toEqual([product.id])

      let suspended: any
      const expiredBySuspending = await expiredDuring(async () => {
        suspended = await api.post(
          `/admin/vendors/${cooperative.vendor.id}/suspend`,
          { reason: "Contrôle qualité en cours" },
          bearer(staff)
        )
      })
      expect(suspended.status).toBe(200)
      expect(expiredBySuspending).toEqual(expect.arrayContaining(["vendors", "products"]))
      expect(suspended.data.vendor.status).toBe("suspended")
      expect(suspended.data.vendor.decisions[0].hidden_products).toEqual({
        links: [{ product_id: product.id, sales_channel_id: expect.any(String) }],
        unpublished: [product.id],
      })
      expect(
        (await api.get(`/store/products?handle=${product.handle}`, storeHeaders)).data.products
      ).toHaveLength(0)
      expect((await api.get(`/store/vendors/${cooperative.vendor.handle}`, storeHeaders)).status).toBe(404)

      let reinstated: any
      const expiredByReinstating = await expiredDuring(async () => {
        reinstated = await api.post(`/admin/vendors/${cooperative.vendor.id}/reinstate`, {}, bearer(staff))
      })
      expect(reinstated.status).toBe(200)
      expect(expiredByReinstating).toEqual(expect.arrayContaining(["vendors", "products"]))
      expect(reinstated.data.vendor.status).toBe("approved")
      expect(
        (await api.get(`/store/products?handle=${product.handle}`, storeHeaders)).data.products
      ).toHaveLength(1)
      expect(reinstated.data.vendor.decisions.map((d: any) => d.action)).toEqual([
        "reinstate",
        "suspend",
        "approve",
      ])

      const notifications = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: cooperative.email })
      expect(notifications.map((n: any) => n.template).sort()).toEqual(
        ["product-published", "vendor-approve", "vendor-reinstate", "vendor-suspend"].sort()
      )
    })
  },
})

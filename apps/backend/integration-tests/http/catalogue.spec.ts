import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { products as seedProducts } from "../../src/scripts/seed-data/products"
import { vendors as seedVendors } from "../../src/scripts/seed-data/vendors"
import { categories as seedCategories } from "../../src/scripts/seed-data/categories"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/constants"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    const storeGet = (path: string, extra: Record<string, string> = {}) =>
      api.get(path, { headers: { ...headers, ...extra }, validateStatus: () => true })

    beforeAll(async () => {
      const container = getContainer()
      await seed({ container, args: [] } as never)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: keys } = await query.graph({
        entity: "api_key",
        fields: ["token"],
        filters: { title: STOREFRONT_KEY_TITLE },
      })
      headers = { "x-publishable-api-key": keys[0].token }
    })

    describe("the demo data", () => {
      it("puts every seeded product, with its cooperative, on sale in MAD and EUR", async () => {
        const { data: regions } = await storeGet("/store/regions")
        const morocco = regions.regions.find(
          (region: { currency_code: string }) => region.currency_code === "mad"
        )
        const europe = regions.regions.find(
          (region: { currency_code: string }) => region.currency_code === "eur"
        )

        const mad = await storeGet(
          `/store/products?limit=200&region_id=${morocco.id}&fields=id,handle,*variants.calculated_price,+vendor.handle`
        )
        expect(mad.status).toBe(200)
        expect(mad.data.count).toBe(seedProducts.length)
        expect(mad.data.count).toBeGreaterThanOrEqual(120)
        const argan = seedProducts[0]
        const product = mad.data.products.find((row: { handle: string }) => row.handle === argan.handle)
        expect(product.vendor.handle).toBe(argan.vendor)
        expect(product.variants[0].calculated_price.currency_code).toBe("mad")
        expect(product.variants.map((v: any) => v.calculated_price.calculated_amount).sort()).toEqual(
          argan.variants.map((v) => v.price_mad).sort()
        )

        const eur = await storeGet(
          `/store/products?handle=${argan.handle}&region_id=${europe.id}&fields=*variants.calculated_price`
        )
        expect(eur.data.products[0].variants[0].calculated_price.currency_code).toBe("eur")
      })

      it("is not loaded twice: a second seed adds nothing", async () => {
        await seed({ container: getContainer(), args: [] } as never)
        const { data } = await storeGet("/store/vendors?limit=100")
        expect(data.count).toBe(seedVendors.length)
        const products = await storeGet("/store/products?limit=1")
        expect(products.data.count).toBe(seedProducts.length)
      })

      it("keeps vendors' private details out of the product API", async () => {
        const response = await storeGet(
          "/store/products?limit=1&fields=id,+vendor.name,+vendor.rib,+vendor.email"
        )
        expect(response.status).toBe(200)
        expect(response.data.products[0].vendor.name).toEqual(expect.any(String))
        expect(response.data.products[0].vendor).not.toHaveProperty("rib")
        expect(response.data.products[0].vendor).not.toHaveProperty("email")
      })
    })

    describe("GET /store/vendors", () => {
      it("lists approved cooperatives with their public profile only", async () => {
        const response = await storeGet("/store/vendors?limit=100")
        expect(response.status).toBe(200)
        expect(response.data.count).toBe(seedVendors.length)
        const vendor = response.data.vendors[0]
        expect(vendor).toEqual(
          expect.objectContaining({
            handle: expect.any(String),
            name: expect.any(String),
            region: expect.any(String),
          })
        )
        for (const hidden of [
          "rib",
          "bank_name",
          "account_holder",
          "email",
          "phone",
          "status_reason",
          "commission_rate",
        ]) {
          expect(vendor).not.toHaveProperty(hidden)
        }
      })

      it("returns only the fields asked for, and never private ones", async () => {
        const narrow = await storeGet("/store/vendors?limit=2&fields=handle,name")
        expect(narrow.status).toBe(200)
        expect(Object.keys(narrow.data.vendors[0]).sort()).toEqual(["handle", "id", "name"])

        const widened = await storeGet("/store/vendors?limit=2&fields=handle,rib,commission_rate")
        expect(widened.status).toBe(200)
        expect(widened.data.vendors[0]).not.toHaveProperty("rib")
        expect(widened.data.vendors[0]).not.toHaveProperty("commission_rate")
      })

      it("filters by region", async () => {
        const region = seedVendors[0].region
        const response = await storeGet(`/store/vendors?region=${encodeURIComponent(region)}`)
        expect(response.status).toBe(200)
        const expected = seedVendors.filter((vendor) => vendor.region === region).length
        expect(response.data.count).toBe(expected)
        expect(response.data.vendors.every((vendor: { region: string }) => vendor.region === region)).toBe(
          true
        )
      })

      it("hides vendors that are not approved", async () => {
        const vendorService = getContainer().resolve("vendor") as any
        const [first] = await vendorService.listVendors({ handle: seedVendors[0].handle })
        await vendorService.updateVendors({ id: first.id, status: "suspended" })

        const list = await storeGet("/store/vendors?limit=100")
        expect(list.data.count).toBe(seedVendors.length - 1)
        const one = await storeGet(`/store/vendors/${seedVendors[0].handle}`)
        expect(one.status).toBe(404)
      })

      it("answers 400 with a message for absurd page sizes and unknown parameters", async () => {
        const tooMany = await storeGet("/store/vendors?limit=5000")
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toMatch(/limit/i)
        const unknown = await storeGet("/store/vendors?status=pending")
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/status/i)
      })

      it("needs a publishable key", async () => {
        const response = await api.get("/store/vendors", { validateStatus: () => true })
        expect(response.status).toBe(400)
      })
    })

    describe("GET /store/vendors/:handle", () => {
      it("returns the cooperative with its products", async () => {
        const vendor = seedVendors[0]
        const response = await storeGet(`/store/vendors/${vendor.handle}`)
        expect(response.status).toBe(200)
        expect(response.data.vendor.name).toBe(vendor.name)
        const expectedHandles = seedProducts
          .filter((product) => product.vendor === vendor.handle)
          .map((p) => p.handle)
        expect(response.data.vendor.products.map((p: { handle: string }) => p.handle).sort()).toEqual(
          expectedHandles.sort()
        )
      })

      it("answers 404 for an unknown handle", async () => {
        const response = await storeGet("/store/vendors/no-such-cooperative")
        expect(response.status).toBe(404)
        expect(response.data.message).toMatch(/no-such-cooperative/)
      })
    })

    describe("three languages", () => {
      it("serves product, category and vendor texts in Arabic and English, French by default", async () => {
        const product = seedProducts[0]
        const vendor = seedVendors.find((v) => v.handle === product.vendor)!
        const category = seedCategories.find((c) => c.handle === product.category)!
        const fields = "fields=title,description,*categories,+vendor.tagline"

        for (const locale of ["fr", "ar", "en"] as const) {
          const response = await storeGet(`/store/products?handle=${product.handle}&${fields}`, {
            "x-medusa-locale": locale,
          })
          const [row] = response.data.products
          expect(row.title).toBe(product.title[locale])
          expect(row.description).toBe(product.description[locale])
          expect(row.categories[0].name).toBe(category.name[locale])
          expect(row.vendor.tagline).toBe(vendor.tagline[locale])

          const vendorResponse = await storeGet(`/store/vendors/${vendor.handle}?locale=${locale}`)
          expect(vendorResponse.data.vendor.story).toBe(vendor.story[locale])
        }
      })
    })
  },
})

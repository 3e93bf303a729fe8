import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { updateProductsWorkflow } from "@medusajs/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import searchCatchUp from "../../src/jobs/search-catch-up"
import { products as seedProducts } from "../../src/scripts/seed-data/products"
import { vendors as seedVendors } from "../../src/scripts/seed-data/vendors"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/constants"
import productIndex, { graphSeedPages } from "../../src/search/product"

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    const search = (body: Record<string, unknown>) =>
      api.post("/store/search", { entity: "product", ...body }, { headers, validateStatus: () => true })

    const handlesFor = async (q: string, extra: Record<string, unknown> = {}) => {
      const response = await search({ filters: { q }, pagination: { take: 3 }, ...extra })
      expect(response.status).toBe(200)
      return response.data.results[0].hits.map(
        (hit: { document: { handle: string } }) => hit.document.handle
      ) as string[]
    }

    const eventually = async (check: () => Promise<boolean>, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs
      while (!(await check())) {
        if (Date.now() > deadline) {
          throw new Error("the search index did not follow the change in time")
        }
        await sleep(250)
      }
    }

    beforeAll(async () => {
      const container = getContainer()
      await seed({ container, args: [] } as never)
      // boot seeded an empty index; rebuild it from the demo data instead of waiting for events
      await container.resolve(Modules.SEARCH).reindex({ index: "product" })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: keys } = await query.graph({
        entity: "api_key",
        fields: ["token"],
        filters: { title: STOREFRONT_KEY_TITLE },
      })
      headers = { "x-publishable-api-key": keys[0].token }
    })

    describe("reading the catalogue for a reindex", () => {
      /** Every document a seed yields, in order. */
      const seedDocuments = async (
        seed: (context: never) => AsyncIterable<{ action: string; documents?: unknown[] }[]>,
        extra: Record<string, unknown> = {}
      ) => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const context = {
          container: {
            // the SQL pages must not fall back to the query graph unnoticed
            query: extra.withoutGraph
              ? {
                  graph: () => {
                    throw new Error("read through the query graph")
                  },
                }
              : query,
            logger: container.resolve(ContainerRegistrationKeys.LOGGER),
          },
          index: { name: "product", entity: "product", primary_key: "id" },
          ...extra,
        }
        const documents: unknown[] = []
        for await (const mutations of seed(context as never)) {
          for (const mutation of mutations) {
            expect(mutation.action).toBe("upsert")
            documents.push(...(mutation.documents ?? []))
          }
        }
        return documents
      }

      it("builds in SQL exactly the documents the query graph gives", async () => {
        const container = getContainer()
        // edge cases the demo lacks: a soft-deleted variant, a product with no category nor vendor
        const productModule = container.resolve(Modules.PRODUCT)
        const [withVariants] = await productModule.listProducts(
          { handle: seedProducts.find((product) => product.variants.length > 1)!.handle },
          { relations: ["variants"] }
        )
        await productModule.softDeleteProductVariants([withVariants.variants[0].id])
        await productModule.createProducts([{ title: "Objet sans coopérative", status: "draft" }])

        const fromGraph = await seedDocuments(graphSeedPages as never)
        const fromSql = await seedDocuments(productIndex.seed as never, { withoutGraph: true })
        expect(fromSql.length).toBe(seedProducts.length + 1)
        expect(fromSql).toEqual(fromGraph)

        // a reindex narrowed to some products reads only those, in SQL too
        const ids = (fromGraph as { id: string }[]).slice(3, 6).map((document) => document.id)
        const narrowed = await seedDocuments(productIndex.seed as never, {
          withoutGraph: true,
          filters: { id: ids },
        })
        expect(narrowed).toEqual(fromGraph.slice(3, 6))
      })
    })

    describe("matching in three languages", () => {
      it.each([
        ["huile dargan", "huile-argan"],
        ["زيت الاركان", "huile-arga"],
        ["زَيْتُ الأَرْكان", "huile-arga"],
        ["tapis berbere", "tapis-"],
        ["tapis berbère", "tapis-"],
        ["tajin", "tajine-"],
        ["طاجين", "tajine-"],
        ["safran bio", "safran-"],
        ["زعفران", "safran-"],
        ["rug", "tapis-"],
        ["زربية", "tapis-"],
        ["argane", "huile-arga"],
        ["tagine", "tajine-"],
        ["saffron", "safran-"],
        ["poterie de safi", "safi"],
      ])("finds %s", async (q, expected) => {
        const handles = await handlesFor(q)
        expect(handles.some((handle) => handle.includes(expected))).toBe(true)
      })

      it("corrects typos against the catalogue's own words", async () => {
        expect((await handlesFor("tapis berbre")).some((handle) => handle.startsWith("tapis-"))).toBe(true)
        expect((await handlesFor("safrann")).some((handle) => handle.includes("safran"))).toBe(true)
        expect((await handlesFor("زعفرن")).some((handle) => handle.includes("safran"))).toBe(true)
      })

      it("suggests as you type (last word as a prefix)", async () => {
        const handles = await handlesFor("huile arg", { search_options: { match_strategy: "last" } })
        expect(handles.some((handle) => handle.includes("argan"))).toBe(true)
      })

      it("falls back to any word when no product has them all", async () => {
        const handles = await handlesFor("tajine licorne")
        expect(handles.some((handle) => handle.startsWith("tajine-"))).toBe(true)
      })
    })

    describe("facets, sorting and pages", () => {
      it("counts categories, cooperatives, regions, materials and price ranges", async () => {
        const response = await search({
          filters: { q: "tapis" },
          pagination: { take: 5, order: { price_mad: "ASC" } },
          search_options: {
            facets: [
              "category_handles",
              "vendor_handle",
              "vendor_region",
              "materials",
              {
                field: "price_mad",
                type: "range",
                ranges: [
                  { key: "low", to: 500 },
                  { key: "high", from: 500 },
                ],
              },
            ],
          },
        })
        expect(response.status).toBe(200)
        const [result] = response.data.results
        expect(result.facets.category_handles.values[0]).toEqual({
          value: "rugs-textiles",
          count: expect.any(Number),
        })
        expect(result.facets.vendor_region.values.length).toBeGreaterThan(0)
        expect(result.facets.materials.values.map((value: { value: string }) => value.value)).toContain(
          "laine"
        )
        const ranges = result.facets.price_mad.ranges
        expect(ranges.reduce((sum: number, range: { count: number }) => sum + range.count, 0)).toBe(
          result.metadata.count
        )
        const prices = result.hits.map((hit: { document: { price_mad: number } }) => hit.document.price_mad)
        expect(prices).toEqual([...prices].sort((a, b) => a - b))
      })

      it("filters by region", async () => {
        const region = seedVendors.find((vendor) => vendor.handle === "tifawin-argan")!.region
        const response = await search({
          filters: { q: "argan", vendor_region: region },
          pagination: { take: 50 },
        })
        const hits = response.data.results[0].hits
        expect(hits.length).toBeGreaterThan(0)
        expect(
          hits.every((hit: { document: { vendor_region: string } }) => hit.document.vendor_region === region)
        ).toBe(true)
      })
    })

    describe("bad input", () => {
      it.each([
        ["an oversized query", { filters: { q: "argan ".repeat(100) } }, /200 characters/],
        ["an unknown facet", { search_options: { facets: ["vendor_rib"] } }, /Unknown facet "vendor_rib"/],
        ["an absurd page size", { pagination: { take: 5000 } }, /take/],
        ["a deep page", { pagination: { skip: 1_000_000 } }, /skip/],
        [
          "a filter on a private field",
          { filters: { vendor_rib: "x" } },
          /Cannot filter products by "vendor_rib"/,
        ],
        ["an unknown sort", { pagination: { order: { cost: "ASC" } } }, /Cannot sort products by "cost"/],
      ])("answers 400 with a message for %s", async (_label, body, message) => {
        const started = Date.now()
        const response = await search(body)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
        expect(Date.now() - started).toBeLessThan(1_000)
      })

      it("never widens past approved cooperatives, whatever the client asks", async () => {
        const response = await search({
          filters: { $or: [{ vendor_status: "suspended" }, { vendor_status: "approved" }] },
          pagination: { take: 60 },
        })
        expect(response.status).toBe(200)
        expect(
          response.data.results[0].hits.every((hit: any) => hit.document.vendor_status === "approved")
        ).toBe(true)
      })
    })

    describe("following changes", () => {
      it("drops a suspended cooperative's products from the results at once", async () => {
        const vendorHandle = "tifawin-argan"
        const vendorService = getContainer().resolve("vendor") as any
        const [vendor] = await vendorService.listVendors({ handle: vendorHandle })
        const withVendor = async () => {
          const response = await search({ filters: { vendor_handle: vendorHandle }, pagination: { take: 1 } })
          return response.data.results[0].metadata.count as number
        }
        expect(await withVendor()).toBe(
          seedProducts.filter((product) => product.vendor === vendorHandle).length
        )
        await vendorService.updateVendors({ id: vendor.id, status: "suspended" })
        await eventually(async () => (await withVendor()) === 0)
        await vendorService.updateVendors({ id: vendor.id, status: "approved" })
        await eventually(async () => (await withVendor()) > 0)
      })

      it("saves a product while the engine is down, and catches up when it is back", async () => {
        const container = getContainer()
        const manager = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        const [{ table_name: table }] = (
          await manager.raw(`SELECT table_name FROM search_postgres_index ORDER BY name DESC LIMIT 1`)
        ).rows
        const product = seedProducts.find((row) => row.handle.startsWith("tajine-"))!
        const { data } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product", fields: ["id"], filters: { handle: product.handle } })

        await manager.raw(`ALTER TABLE "${table}" RENAME TO "${table}_down"`)
        try {
          await updateProductsWorkflow(container).run({
            input: { selector: { id: data[0].id }, update: { subtitle: "série 7319x" } },
          })
          // let the update's event reach the (failing) index before the engine comes back
          await sleep(1_500)
        } finally {
          await manager.raw(`ALTER TABLE "${table}_down" RENAME TO "${table}"`)
        }
        expect(await handlesFor("7319x")).toEqual([])

        await searchCatchUp(container)
        expect(await handlesFor("7319x")).toEqual([product.handle])
      })
    })
  },
})

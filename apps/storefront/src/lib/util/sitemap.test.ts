import { describe, expect, it } from "vitest"
import { buildSitemap, fetchAllPages } from "./sitemap"

describe("buildSitemap", () => {
  const entries = buildSitemap("https://bazar.example/", {
    categories: [{ handle: "pottery" }],
    products: [{ handle: "huile-argan", updated_at: "2026-01-02T00:00:00.000Z" }],
    vendors: [{ handle: "cooperative-tifaout" }],
  })

  it("lists every page in the three locales", () => {
    // home, cooperatives, impact, 1 category, 1 cooperative, 1 product → 6 pages × 3 locales
    expect(entries).toHaveLength(18)
    const urls = entries.map((e) => e.url)
    expect(urls).toContain("https://bazar.example/fr")
    expect(urls).toContain("https://bazar.example/ar/products/huile-argan")
    expect(urls).toContain("https://bazar.example/en/categories/pottery")
    expect(urls).toContain("https://bazar.example/fr/cooperatives/cooperative-tifaout")
    expect(urls).toContain("https://bazar.example/ar/impact")
  })

  it("links translations and keeps product dates", () => {
    const product = entries.find((e) => e.url === "https://bazar.example/en/products/huile-argan")
    expect(product?.lastModified).toBe("2026-01-02T00:00:00.000Z")
    expect(product?.alternates?.languages).toEqual({
      fr: "https://bazar.example/fr/products/huile-argan",
      ar: "https://bazar.example/ar/products/huile-argan",
      en: "https://bazar.example/en/products/huile-argan",
    })
  })
})

describe("buildSitemap with bazaars", () => {
  it("lists the bazaars page and each bazaar's page in the three locales", () => {
    const urls = buildSitemap("https://bazar.example", {
      categories: [],
      products: [],
      vendors: [],
      events: [{ handle: "bazar-mdiq-2027" }, { handle: "bazar-tetouan-2026" }],
    }).map((e) => e.url)
    // home, cooperatives, impact, bazaars, 2 bazaars → 6 pages × 3 locales
    expect(urls).toHaveLength(18)
    expect(urls).toContain("https://bazar.example/ar/events")
    expect(urls).toContain("https://bazar.example/fr/events/bazar-mdiq-2027")
    expect(urls).toContain("https://bazar.example/en/events/bazar-tetouan-2026")
  })
})

describe("fetchAllPages", () => {
  const rows = Array.from({ length: 250 }, (_, i) => i)
  const source = async (offset: number, limit: number) => ({
    rows: rows.slice(offset, offset + limit),
    count: rows.length,
  })

  it("reads every page with the given size", async () => {
    const offsets: number[] = []
    const all = await fetchAllPages(async (offset, limit) => {
      offsets.push(offset)
      return source(offset, limit)
    }, 100)
    expect(all).toHaveLength(250)
    expect(offsets).toEqual([0, 100, 200])
  })

  it("stops on an exact multiple without an extra call", async () => {
    let calls = 0
    const all = await fetchAllPages(async (offset, limit) => {
      calls++
      return {
        rows: rows.slice(offset, Math.min(offset + limit, 200)),
        count: 200,
      }
    }, 100)
    expect(all).toHaveLength(200)
    expect(calls).toBe(2)
  })

  it("handles an empty list", async () => {
    expect(await fetchAllPages(async () => ({ rows: [], count: 0 }), 100)).toEqual([])
  })
})

import { randomBytes } from "node:crypto"
import { Client } from "pg"
import { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
import { Migration20261130090000 } from "../src/modules/multilingual-search/migrations/Migration20261130090000"
import MultilingualPostgresSearchService, {
  finishSearchBulkLoads,
} from "../src/modules/multilingual-search/service"
import { contractDefinition, contractDocuments } from "./search/search-provider-contract"

// What keeps the PostgreSQL provider's cost flat as the catalogue grows (docs/architecture.md#search):
// a new index is filled without its GIN indexes, built once at the end; a keyword search reads at
// most `candidates` matching rows and estimates the count beyond.

function migrationSql(MigrationClass: any): string[] {
  const migration = Object.create(MigrationClass.prototype)
  const statements: string[] = []
  migration.addSql = (sql: string) => statements.push(sql)
  migration.up()
  return statements
}

const connection = () => ({
  host: process.env.DB_HOST,
  port: Number(process.env.DB_PORT),
  user: process.env.DB_USERNAME,
  password: process.env.DB_PASSWORD,
})

const CANDIDATES = 20
const COPIES = 60

describe("PostgreSQL search provider at scale", () => {
  const database = `scale_${randomBytes(4).toString("hex")}`
  const physical = `scale_${Date.now().toString(36)}`
  const definition = contractDefinition(physical)
  const admin = new Client({ ...connection(), database: "postgres" })
  const client = new Client({ ...connection(), database })
  let provider: MultilingualPostgresSearchService
  const sql = async (text: string, params: unknown[] = []) => {
    let n = 0
    return (
      await client.query(
        text.replace(/\?/g, () => `$${++n}`),
        params
      )
    ).rows
  }
  const ginIndexes = async () =>
    (
      await sql(
        `SELECT indexname FROM pg_indexes WHERE tablename = ? AND indexdef ILIKE '%USING gin%' ORDER BY 1`,
        [`search_pg_${physical}`]
      )
    ).map((row) => row.indexname)
  const search = (q: string, extra: Record<string, unknown> = {}) =>
    provider.search({
      index: definition,
      q,
      filters: { status: "published" },
      attributes_to_retrieve: ["id", "handle"],
      pagination: { take: 3 },
      search_options: { facets: [{ field: "vendor_region" }] },
      ...extra,
    } as any)

  beforeAll(async () => {
    await admin.connect()
    await admin.query(
      `CREATE DATABASE "${database}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`
    )
    await client.connect()
    for (const statement of [
      ...migrationSql(Migration20260807120000),
      ...migrationSql(Migration20261130090000),
    ]) {
      await client.query(statement)
    }
    provider = new MultilingualPostgresSearchService(
      { manager: { execute: sql } },
      { candidates: CANDIDATES }
    )
  })

  afterAll(async () => {
    await client.end()
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    await admin.end()
  })

  it("fills a new index without GIN indexes and builds them when the bulk load is over", async () => {
    await provider.upsertIndex({ index: definition })
    expect(await ginIndexes()).toEqual([])
    // the demo's five products, then COPIES published rugs of two regions (more than CANDIDATES match "tapis")
    const [, rug] = contractDocuments()
    const copies = Array.from({ length: COPIES }, (_, i) => ({
      ...rug,
      id: `prod_copy_${String(i).padStart(3, "0")}`,
      handle: `tapis-copie-${i}`,
      vendor_region: i % 3 ? "Souss-Massa" : "Fès-Meknès",
    }))
    await provider.upsertDocuments({
      index: physical,
      definition,
      documents: [...contractDocuments(), ...copies],
    })
    expect(await ginIndexes()).toEqual([])
    await finishSearchBulkLoads()
    expect(await ginIndexes()).toEqual([
      `search_pg_${physical}_fts_idx`,
      `search_pg_${physical}_indexed_idx`,
      `search_pg_${physical}_title_idx`,
    ])
  })

  it("counts exactly when fewer rows than the candidates match", async () => {
    const result = await search("argan")
    expect(result.metadata.count).toBe(1)
    expect(result.hits.map((hit) => hit.document.handle)).toEqual(["huile-argan"])
  })

  it("reads at most the candidates of a broad query and estimates its count and facets", async () => {
    const result = await search("tapis")
    expect(result.hits).toHaveLength(3)
    // estimated from PostgreSQL's statistics: never below what was read, near the real 61
    expect(result.metadata.count).toBeGreaterThanOrEqual(CANDIDATES)
    expect(result.metadata.count).toBeLessThanOrEqual(COPIES * 2)
    const regions = (result.facets!.vendor_region as { values: { value: string; count: number }[] }).values
    const total = regions.reduce((sum, value) => sum + value.count, 0)
    // the facets are scaled to the estimated count
    expect(Math.abs(total - result.metadata.count!)).toBeLessThanOrEqual(regions.length)
  })

  it("reads a page past the candidates exactly", async () => {
    const result = await search("tapis", { pagination: { skip: CANDIDATES + 3, take: 3 } })
    expect(result.metadata.count).toBe(COPIES + 1)
    expect(result.hits).toHaveLength(3)
  })

  it("ranks a product whose title has the word first, even past the candidates in table order", async () => {
    const [, rug] = contractDocuments()
    // more than CANDIDATES products that mention "akhnif" (a Berber cape) in their text only, written first
    const mentions = Array.from({ length: CANDIDATES * 2 }, (_, i) => ({
      ...rug,
      id: `prod_mention_${String(i).padStart(3, "0")}`,
      handle: `coussin-${i}`,
      title_search: "coussin brode",
      text_search: "coussin brode a la maniere d un akhnif",
    }))
    const akhnif = {
      ...rug,
      id: "prod_zz_akhnif",
      handle: "akhnif-laine",
      title_search: "akhnif en laine brodee",
      text_search: "cape tissee",
    }
    await provider.upsertDocuments({ index: physical, definition, documents: mentions })
    await provider.upsertDocuments({ index: physical, definition, documents: [akhnif] })
    const result = await search("akhnif")
    expect(result.hits[0]?.document.handle).toBe("akhnif-laine")
    expect(result.metadata.count).toBeGreaterThanOrEqual(CANDIDATES)
  })

  it("builds the indexes before answering on a table whose bulk load was never announced as over", async () => {
    const other = contractDefinition(`${physical}_b`)
    await provider.upsertIndex({ index: other })
    await provider.upsertDocuments({
      index: `${physical}_b`,
      definition: other,
      documents: contractDocuments(),
    })
    const fresh = new MultilingualPostgresSearchService({ manager: { execute: sql } }, {})
    const result = await fresh.search({
      index: other,
      q: "safran",
      filters: { status: "published" },
      attributes_to_retrieve: ["id"],
      pagination: { take: 3 },
    } as any)
    expect(result.hits.map((hit) => hit.id)).toEqual(["prod_contract_3"])
    const indexes = await sql(
      `SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = ? AND indexdef ILIKE '%USING gin%'`,
      [`search_pg_${physical}_b`]
    )
    expect(indexes[0].n).toBe(3)
  })
})

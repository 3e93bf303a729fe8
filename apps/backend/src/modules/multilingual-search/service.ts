import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { MedusaError, projectDocument } from "@medusajs/framework/utils"
import {
  BuiltInPostgresSearchService,
  buildFacetQuery,
  mapFacetResult,
  normalizeFacetRequests,
  projectIndexedDocument,
  toWhereClause,
  type BuiltInCatalog,
} from "./built-in-provider"
import { normalizeSearchText, searchWords } from "../../lib/search/normalize-search-text"

/** A row as the database driver returns it: our own statements say what each holds. */
type Row = Record<string, unknown>

type DbManager = {
  execute: (sql: string, params?: unknown[]) => Promise<Row[]>
  transactional?: <T>(run: (manager: DbManager) => Promise<T>) => Promise<T>
}

type Options = {
  /** the `medusa_search_<language>` text search configuration; ours creates "french" */
  language?: string
  /** the most matching rows a keyword search reads (1 000 by default) */
  candidates?: number
}

const MAX_VOCABULARY_WORD = 40
const CORRECTION_CACHE_SIZE = 5_000
const CORRECTION_TTL_MS = 60_000
const HAS_DIGIT = /\p{N}/u
const UPSERT_CHUNK = 500
const VOCABULARY_ANALYZE_AFTER = 500
const CATALOG_TTL_MS = 30_000
// Bounds the GIN pending list every query reads in full: new documents wait there until it exceeds
// this size (kB) instead of the default 4 MB, so a fresh index answers like a vacuumed one.
const GIN_PENDING_LIST_KB = 256
// The most matching rows a keyword search reads (ranks, pages, facets): its cost stops growing with
// the catalogue there. Pages past it are read exactly (searchOnce_).
const DEFAULT_CANDIDATES = 1_000
// The words of the fields weighted A (the titles in three languages), as the title index holds them.
const TITLE_VECTOR = `ts_filter("search_vector", '{a}')`
const FULL_VECTOR_MATCH = `"search_vector" @@ `

type Catalog = BuiltInCatalog

// The providers of this process, so that the index's seed can tell them a bulk load is over
// (finishSearchBulkLoads, below). Medusa builds one per configured provider.
const providers = new Set<MultilingualPostgresSearchService>()

/**
 * Builds the full-text and filter indexes of every search table that was filled without them.
 * Called by the product index's seed when the Search Module starts its catch-up pass, i.e. right
 * after the bulk pass of a reindex and before the new version serves queries.
 */
export async function finishSearchBulkLoads(): Promise<void> {
  for (const provider of providers) {
    await provider.finishBulkLoads()
  }
}

/**
 * The built-in PostgreSQL search provider, taught three languages and typos with indexes only:
 * queries are normalised like the documents (Arabic letter forms, accents, elisions), a word the
 * catalogue does not contain is corrected to the closest word it does (pg_trgm GIN index over a
 * vocabulary table, instead of the built-in `word_similarity` scan of every document), and a
 * query whose words do not all match is retried with any of them. A results page (hits, count,
 * facets) is one statement over the rows the full-text index found (docs/architecture.md#search).
 */
export default class MultilingualPostgresSearchService extends BuiltInPostgresSearchService {
  static identifier = "search-postgres-multilingual"

  protected readonly db_: DbManager
  protected readonly candidates_: number
  protected readonly log_?: Logger
  protected readonly corrections_ = new Map<string, { word: string | null; at: number }>()
  protected readonly knownWords_ = new Set<string>()
  protected readonly catalogs_ = new Map<string, { catalog: Catalog; at: number }>()
  /** tables known to have their GIN indexes (a bulk-loaded table gets them at the end of the load) */
  protected readonly indexedTables_ = new Set<string>()
  protected databaseChecked_?: Promise<void>

  constructor(dependencies: { manager: DbManager; logger?: Logger }, options: Options = {}) {
    super(dependencies, { ...options, language: options.language ?? "french" })
    this.db_ = dependencies.manager
    this.log_ = dependencies.logger
    this.candidates_ = options.candidates ?? DEFAULT_CANDIDATES
    providers.add(this)
  }

  /**
   * pg_trgm makes no trigrams for Arabic in a SQL_ASCII or C-locale database, which silently turns
   * Arabic typo tolerance off: refuse to work there rather than answer badly.
   */
  protected async assertUtf8Database_(): Promise<void> {
    this.databaseChecked_ ??= (async () => {
      const [row] = await this.db_.execute(
        `SELECT pg_encoding_to_char(encoding) AS encoding, datctype AS ctype FROM pg_database WHERE datname = current_database()`
      )
      const utf8 = /^utf-?8$/i.test(String(row?.encoding))
      const ctype = String(row?.ctype ?? "")
      if (!utf8 || !/utf-?8/i.test(ctype)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The search database must be UTF8 with a UTF-8 locale (found encoding ${row?.encoding}, LC_CTYPE ${ctype}): recreate it with --encoding=UTF8 --locale=C.UTF-8, or Arabic search will not work`
        )
      }
    })()
    this.databaseChecked_.catch((error) => this.log_?.error(error.message))
    return this.databaseChecked_
  }

  async upsertIndex(input: {
    index: SearchTypes.ResolvedSearchIndexDefinition
  }): Promise<SearchTypes.SearchTask> {
    await this.assertUtf8Database_()
    const task = await super.upsertIndex(input)
    this.catalogs_.delete(input.index.physical_name)
    const [catalog] = await this.db_.execute(
      `SELECT "table_name" FROM "search_postgres_index" WHERE "name" = ?`,
      [input.index.physical_name]
    )
    if (catalog) {
      const table = String(catalog.table_name)
      // typos are corrected against the vocabulary, so the trigram index over every document's whole
      // text is never read, only paid for on each write
      await this.db_.execute(`DROP INDEX IF EXISTS "${table}_trgm_idx"`)
      const [empty] = await this.db_.execute(`SELECT NOT EXISTS (SELECT 1 FROM "${table}") AS empty`)
      if (empty?.empty) {
        // A new, empty table is about to be filled by a seed: its GIN indexes are built once the
        // bulk pass is over (finishBulkLoads), which is far cheaper than maintaining them row by row
        // (docs/architecture.md#search).
        this.indexedTables_.delete(table)
        for (const { name } of this.ginIndexes_(table)) {
          await this.db_.execute(`DROP INDEX IF EXISTS "${name}"`)
        }
      } else {
        for (const { name } of this.ginIndexes_(table)) {
          await this.db_.execute(
            `ALTER INDEX IF EXISTS "${name}" SET (gin_pending_list_limit = ${GIN_PENDING_LIST_KB})`
          )
        }
      }
    }
    return task
  }

  /** The documents' GIN indexes, as the built-in provider names them. */
  protected ginIndexes_(table: string) {
    return [
      { name: `${table}_fts_idx`, definition: `USING GIN ("search_vector")` },
      { name: `${table}_indexed_idx`, definition: `USING GIN ("indexed" jsonb_path_ops)` },
      // the title words alone (weight A): a broad query's candidates are read from here first
      { name: `${table}_title_idx`, definition: `USING GIN (${TITLE_VECTOR})` },
    ]
  }

  /**
   * Creates the GIN indexes a bulk load went without, on every search table missing them, then
   * vacuums and analyses the table (fresh statistics; a visibility map, so that counting matches
   * need not read the rows). One process at a time per table: several servers may call this.
   */
  async finishBulkLoads(): Promise<void> {
    const tables = await this.db_.execute(
      `SELECT "table_name" FROM "search_postgres_index"
        WHERE to_regclass(quote_ident("table_name" || '_fts_idx')) IS NULL
           OR to_regclass(quote_ident("table_name" || '_indexed_idx')) IS NULL
           OR to_regclass(quote_ident("table_name" || '_title_idx')) IS NULL`
    )
    for (const row of tables) {
      await this.buildIndexes_(String(row.table_name))
    }
  }

  protected async buildIndexes_(table: string): Promise<void> {
    const started = Date.now()
    const build = async (manager: DbManager) => {
      await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`search-bulk:${table}`])
      if (!(await manager.execute(`SELECT to_regclass(?) AS t`, [`"${table}"`]))[0]?.t) {
        return false
      }
      // CREATE INDEX sorts in memory up to this much before spilling to disk
      await manager.execute(`SET LOCAL maintenance_work_mem = '256MB'`)
      for (const { name, definition } of this.ginIndexes_(table)) {
        await manager.execute(
          `CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" ${definition} WITH (gin_pending_list_limit = ${GIN_PENDING_LIST_KB})`
        )
      }
      return true
    }
    const built = this.db_.transactional ? await this.db_.transactional(build) : await build(this.db_)
    if (built) {
      await this.db_.execute(`VACUUM (ANALYZE) "${table}"`)
      this.indexedTables_.add(table)
      this.log_?.info(
        `[Search] Indexes of "${table}" built after its bulk load in ${Date.now() - started} ms`
      )
    }
  }

  /**
   * A table whose bulk load was never announced as over (a seed that failed, an index created
   * empty and filled one product at a time) gets its indexes before its first search is answered.
   */
  protected async ensureIndexes_(table: string): Promise<void> {
    if (this.indexedTables_.has(table)) {
      return
    }
    // a table made before the title index existed gets it here too
    const names = this.ginIndexes_(table).map(({ name }) => `"${name}"`)
    const [row] = await this.db_.execute(
      `SELECT ${names.map(() => "to_regclass(?) IS NOT NULL").join(" AND ")} AS ready`,
      names
    )
    if (!row?.ready) {
      await this.buildIndexes_(table)
    }
    this.indexedTables_.add(table)
  }

  /** The built-in provider reads its catalogue row on every query; it only changes with the index. */
  async retrieve(index: string): Promise<Catalog> {
    const cached = this.catalogs_.get(index)
    if (cached && Date.now() - cached.at < CATALOG_TTL_MS) {
      return cached.catalog
    }
    const catalog = await super.retrieve(index)
    this.catalogs_.set(index, { catalog, at: Date.now() })
    return catalog
  }

  async deleteIndex(input: { index: string }): Promise<SearchTypes.SearchTask> {
    this.catalogs_.delete(input.index)
    return super.deleteIndex(input)
  }

  /**
   * One write per document, already slim: the matching text goes into `search_vector` only, and
   * `indexed` keeps just what filters, facets and sorts read. The built-in provider also keeps every
   * field, matching text included, in `indexed`; that makes rows wider than what ANALYZE samples
   * (1 kB), so PostgreSQL guessed 1 % for any filter, preferred the jsonb index to the full-text one
   * and read every document's text (measured: 100 ms instead of a few at 10 000 products).
   */
  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const catalog = await this.retrieve(input.index)
    if (!input.documents.length) {
      return super.upsertDocuments(input)
    }
    const fields = Object.entries(input.definition.fields)
    const hidden = fields
      .filter(([, field]) => field.searchable && field.retrievable === false)
      .map(([path]) => path)
    const kept = new Set([
      input.definition.primary_key,
      ...fields
        .filter(([, field]) => field.filterable || field.facetable || field.sortable)
        .map(([path]) => path),
    ])
    const rows = new Map<
      string,
      {
        id: string
        document: Record<string, unknown>
        indexed: Record<string, unknown>
        text: Record<string, string>
      }
    >()
    for (const document of input.documents) {
      const projection = projectIndexedDocument(document, catalog.plan)
      const text: Record<string, string> = {}
      for (const part of projection.weighted_parts) {
        text[part.weight] = text[part.weight] ? `${text[part.weight]} ${part.text}` : part.text
      }
      rows.set(projection.id, {
        id: projection.id,
        document: Object.fromEntries(Object.entries(document).filter(([path]) => !hidden.includes(path))),
        indexed: Object.fromEntries(Object.entries(projection.indexed).filter(([path]) => kept.has(path))),
        text,
      })
    }
    const vector = (["A", "B", "C", "D"] as const)
      .map(
        (weight) =>
          `setweight(to_tsvector('${this.tsConfig_}', coalesce(r.text->>'${weight}', '')), '${weight}')`
      )
      .join(" || ")
    const entries = [...rows.values()]
    await this.withTransaction(async (manager: DbManager) => {
      let inserted = 0
      for (let offset = 0; offset < entries.length; offset += UPSERT_CHUNK) {
        const result = await manager.execute(
          `INSERT INTO "${catalog.table_name}" ("id", "document", "indexed", "search_vector", "search_text", "updated_at")
           SELECT r.id, r.document, r.indexed, ${vector}, '', now()
             FROM jsonb_to_recordset(?::jsonb) AS r(id text, document jsonb, indexed jsonb, text jsonb)
           ON CONFLICT ("id") DO UPDATE SET
             "document" = EXCLUDED."document", "indexed" = EXCLUDED."indexed",
             "search_vector" = EXCLUDED."search_vector", "search_text" = '', "updated_at" = now()
           RETURNING (xmax = 0)::int AS inserted`,
          [JSON.stringify(entries.slice(offset, offset + UPSERT_CHUNK))]
        )
        inserted += result.reduce((sum, row) => sum + Number(row.inserted), 0)
      }
      await this.adjustDocumentCount(input.index, inserted, manager)
    })
    await this.analyzeAfterGrowth_(catalog.table_name, entries.length)
    await this.addToVocabulary_(input.definition, input.documents)
    return this.task(input.index)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    await this.assertUtf8Database_()
    const { typo_tolerance: typoRequested, ...options } = input.search_options ?? {}
    const raw = input.q?.trim()
    const normalized = normalizeSearchText(raw)
    if (!normalized) {
      return this.searchOnce_({ ...input, q: undefined, search_options: options })
    }
    const strategy = options.match_strategy ?? "all"
    const typos = typoRequested !== false && (input.index.settings.typo_tolerance?.enabled ?? true)
    const minLength = input.index.settings.typo_tolerance?.min_word_size_for_one_typo ?? 4
    const words = normalized.split(" ")
    // a typeahead's last word is a prefix, not a misspelling
    const prefix = strategy === "last" ? words.pop() : undefined
    const corrected = typos ? await this.correctWords_(words, minLength) : words
    const run = (q: string, match_strategy: SearchTypes.SearchMatchStrategy) =>
      this.searchOnce_({ ...input, q, search_options: { ...options, match_strategy } })

    const attempts: [string, SearchTypes.SearchMatchStrategy][] = [
      [[...corrected, prefix].filter(Boolean).join(" "), strategy],
    ]
    if (prefix !== undefined) {
      const [fixedPrefix] = typos ? await this.correctWords_([prefix], minLength) : [prefix]
      attempts.push([[...corrected, fixedPrefix].join(" "), "all"])
    }
    if (words.length + (prefix ? 1 : 0) > 1) {
      attempts.push([attempts[attempts.length - 1][0], "any"])
    }
    let result: SearchTypes.SearchResult | undefined
    for (const [q, matchStrategy] of attempts) {
      result = await run(q, matchStrategy)
      if (result.hits.length || result.metadata.count) {
        break
      }
    }
    return { ...result!, metadata: { ...result!.metadata, query: raw } }
  }

  /**
   * A keyword search as one statement: the matching rows are found and ranked once, then the page,
   * the count and every facet are read from them. The built-in provider runs the full-text match
   * again for the count and for each facet (seven scans of the same rows for the results page).
   * Vector, distinct and min_score searches keep the built-in path.
   */
  protected async searchOnce_(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const options = input.search_options ?? {}
    if (
      options.vector ||
      options.distinct ||
      input.index.settings.distinct_attribute ||
      options.min_score !== undefined
    ) {
      return super.search(input)
    }
    const started = Date.now()
    const catalog = await this.retrieve(input.index.physical_name)
    await this.ensureIndexes_(catalog.table_name)
    const plan = catalog.plan
    for (const path of options.attributes_to_search_on ?? []) {
      if (!plan.searchable.includes(path)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Field "${path}" is not searchable on search index "${input.index.name}"`
        )
      }
    }
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const fragments = this.keywordFragments({ query: input, catalog })
    const filterWhere = toWhereClause(input.filters, plan)
    const requests = normalizeFacetRequests(options.facets, plan)
    const order = this.resolveOrderBy(input, plan, !!fragments.q)

    // With words to match, the full-text index finds the rows first and the filters are checked on
    // those only: the scope filters every store query carries (published, sales channel, approved
    // cooperative) keep almost every document, yet without fresh statistics (after a reindex)
    // PostgreSQL guessed them selective, scanned the jsonb index and read every document (170 ms).
    const rankedByScore = Object.keys(input.pagination?.order ?? {}).every((key) => key === "_score")
    if (fragments.matchSql && rankedByScore && skip + take <= this.candidates_) {
      return this.searchCandidates_(input, {
        catalog,
        fragments,
        filterWhere,
        requests,
        order,
        skip,
        take,
        started,
      })
    }
    const params: unknown[] = []
    const rank = fragments.rankSql(params)
    const match = fragments.matchSql ? fragments.matchSql(params) : undefined
    const found = `SELECT "id", "indexed", ${rank} AS score FROM "${catalog.table_name}"${match ? ` WHERE ${match}` : ""}`
    const filter = filterWhere?.sql ? ` WHERE (${filterWhere.sql})` : ""
    params.push(...(filterWhere?.sql ? filterWhere.params : []))
    const selects = [
      options.count === "none" ? `NULL::int AS "count"` : `(SELECT count(*)::int FROM "matched") AS "count"`,
      // the page's documents are read after the page is cut, not for every match
      `(SELECT coalesce(json_agg(json_build_object('id', "id", 'score', score, 'document', "document") ORDER BY ${order}), '[]'::json)
          FROM (SELECT * FROM "matched" ORDER BY ${order} LIMIT ? OFFSET ?) page
          JOIN (SELECT "id" AS doc_id, "document" FROM "${catalog.table_name}") docs ON docs.doc_id = page."id") AS "hits"`,
    ]
    params.push(take, skip)
    requests.forEach((request, position) => {
      const facet = buildFacetQuery({ table: "matched", whereSql: undefined, whereParams: [], request, plan })
      selects.push(
        `(SELECT coalesce(json_agg(facet), '[]'::json) FROM (${facet.sql}) facet) AS "facet_${position}"`
      )
      params.push(...facet.params)
    })
    const [row] = await this.db_.execute(
      `WITH ${
        match
          ? `"found" AS MATERIALIZED (${found}), "matched" AS MATERIALIZED (SELECT * FROM "found"${filter})`
          : `"matched" AS MATERIALIZED (${found}${filter})`
      }
       SELECT ${selects.join(",\n")}`,
      params
    )
    return this.toResult_(input, {
      row,
      requests,
      skip,
      take,
      started,
      count: options.count === "none" ? null : Number(row.count ?? 0),
    })
  }

  /**
   * A keyword search that reads at most `candidates` (1 000) of the rows the full-text index found, whatever
   * their number: those are ranked, paged and faceted; the count is exact when fewer matched, and
   * beyond that estimated from PostgreSQL's statistics of the words (most common lexemes) times the
   * share of the read rows the filters kept, with the facet counts scaled alike. The rows read are
   * those whose title matches (title index) and then the other matches in table order, so a query
   * that matches more than that ranks its title matches first (docs/architecture.md#search).
   */
  protected async searchCandidates_(
    input: SearchTypes.ProviderSearchQuery,
    context: {
      catalog: Catalog
      fragments: ReturnType<MultilingualPostgresSearchService["keywordFragments"]>
      filterWhere: ReturnType<typeof toWhereClause>
      requests: ReturnType<typeof normalizeFacetRequests>
      order: string
      skip: number
      take: number
      started: number
    }
  ): Promise<SearchTypes.SearchResult> {
    const { catalog, fragments, filterWhere, requests, order, skip, take, started } = context
    const plan = catalog.plan
    const options = input.search_options ?? {}
    const rankParams: unknown[] = []
    const rank = fragments.rankSql(rankParams)
    const matchParams: unknown[] = []
    const match = fragments.matchSql!(matchParams)
    const kept = filterWhere?.sql ? `(${filterWhere.sql})` : "true"
    const keptParams = filterWhere?.sql ? filterWhere.params : []
    // OFFSET 0 keeps the text match a subquery of its own (full-text index first, filters after,
    // as in searchOnce_) while rows still stream into the LIMIT, which stops the scan.
    let rows = `SELECT "id", "indexed", "search_vector" FROM "${catalog.table_name}" WHERE ${match} OFFSET 0`
    let titleCte = ""
    const titleParams: unknown[] = []
    if (match.startsWith(FULL_VECTOR_MATCH)) {
      // The products whose title has the words are read first (the title index), the other matches
      // only fill what is left: past the cap, the rows ranked are the likeliest best, not the first
      // in table order. A title match is a match (the title's words are in search_vector).
      const titleMatch = `${TITLE_VECTOR} @@ ${fragments.matchSql!(titleParams).slice(FULL_VECTOR_MATCH.length)}`
      titleParams.push(this.candidates_)
      titleCte = `"title" AS MATERIALIZED (
         SELECT "id" FROM "${catalog.table_name}" WHERE ${titleMatch} LIMIT ?),`
      rows = `SELECT "id", "indexed", "search_vector" FROM "${catalog.table_name}"
                WHERE "id" IN (SELECT "id" FROM "title")
              UNION ALL
              SELECT * FROM (${rows}) other WHERE "id" NOT IN (SELECT "id" FROM "title")`
    }
    const params: unknown[] = [...titleParams, ...rankParams, ...keptParams, ...matchParams, this.candidates_]
    const selects = [
      `(SELECT count(*)::int FROM "read") AS "read"`,
      `(SELECT count(*)::int FROM "matched") AS "count"`,
      `(SELECT coalesce(json_agg(json_build_object('id', "id", 'score', score, 'document', "document") ORDER BY ${order}), '[]'::json)
          FROM (SELECT * FROM "matched" ORDER BY ${order} LIMIT ? OFFSET ?) page
          JOIN (SELECT "id" AS doc_id, "document" FROM "${catalog.table_name}") docs ON docs.doc_id = page."id") AS "hits"`,
    ]
    params.push(take, skip)
    requests.forEach((request, position) => {
      const facet = buildFacetQuery({ table: "matched", whereSql: undefined, whereParams: [], request, plan })
      selects.push(
        `(SELECT coalesce(json_agg(facet), '[]'::json) FROM (${facet.sql}) facet) AS "facet_${position}"`
      )
      params.push(...facet.params)
    })
    const [row] = await this.db_.execute(
      `WITH ${titleCte} "read" AS MATERIALIZED (
         SELECT "id", "indexed", ${rank} AS score, ${kept} AS kept
           FROM (${rows}) found
          LIMIT ?),
       "matched" AS MATERIALIZED (SELECT "id", "indexed", score FROM "read" WHERE kept)
       SELECT ${selects.join(",\n")}`,
      params
    )
    const count = Number(row.count ?? 0)
    let estimated = count
    if (Number(row.read) >= this.candidates_ && options.count !== "none") {
      const [explained] = await this.db_.execute(
        `EXPLAIN (FORMAT JSON) SELECT 1 FROM "${catalog.table_name}" WHERE ${match}`,
        matchParams
      )
      const planned = Number(
        (Object.values(explained ?? {})[0] as { Plan?: { "Plan Rows"?: number } }[] | undefined)?.[0]?.Plan?.[
          "Plan Rows"
        ] ?? 0
      )
      estimated = Math.max(count, Math.round((planned * count) / this.candidates_))
    }
    const scale = count ? estimated / count : 1
    return this.toResult_(input, {
      row,
      requests,
      skip,
      take,
      started,
      count: options.count === "none" ? null : estimated,
      scale,
    })
  }

  protected toResult_(
    input: SearchTypes.ProviderSearchQuery,
    context: {
      row: Row
      requests: ReturnType<typeof normalizeFacetRequests>
      skip: number
      take: number
      started: number
      count: number | null
      /** estimated matches per counted one, applied to facet counts (1 when counted exactly) */
      scale?: number
    }
  ): SearchTypes.SearchResult {
    const { row, requests, skip, take, started, count, scale = 1 } = context
    const options = input.search_options ?? {}
    const scaled = (value: number) => (scale === 1 ? value : Math.round(value * scale))
    const hits = (row.hits ?? []) as { id: string; score: number; document: Record<string, unknown> }[]
    return {
      hits: hits.map((hit) => ({
        id: hit.id,
        score: options.include_score ? Number(hit.score) : undefined,
        document: projectDocument(hit.document, input.attributes_to_retrieve),
      })),
      facets: requests.length
        ? Object.fromEntries(
            requests.map((request, position) => {
              const facet = mapFacetResult(request, (row[`facet_${position}`] ?? []) as Row[])
              if (facet.type === "value") {
                facet.values.forEach((value) => (value.count = scaled(value.count)))
              } else if (facet.type === "range") {
                facet.ranges.forEach((range) => (range.count = scaled(range.count)))
              } else {
                facet.count = scaled(facet.count)
              }
              return [request.field, facet]
            })
          )
        : undefined,
      metadata: {
        skip,
        take,
        count,
        query: input.q,
        processing_time_ms: Date.now() - started,
      },
    }
  }

  /** Each word the catalogue does not contain, replaced by the closest one it does (if any is close). */
  protected async correctWords_(words: string[], minLength: number): Promise<string[]> {
    const now = Date.now()
    const unknown = words.filter((word) => {
      if (word.length < minLength || HAS_DIGIT.test(word)) {
        return false
      }
      const cached = this.corrections_.get(word)
      return !cached || now - cached.at > CORRECTION_TTL_MS
    })
    if (unknown.length) {
      // `%` (similarity above pg_trgm.similarity_threshold, 0.3) is served by the vocabulary's GIN index
      const rows = await this.db_.execute(
        `SELECT t.term,
                EXISTS (SELECT 1 FROM "search_vocabulary" v WHERE v."word" = t.term) AS known,
                (SELECT v."word" FROM "search_vocabulary" v
                  WHERE v."word" % t.term
                  ORDER BY similarity(v."word", t.term) DESC, length(v."word"), v."word"
                  LIMIT 1) AS correction
           FROM jsonb_array_elements_text(?::jsonb) AS t(term)`,
        [JSON.stringify([...new Set(unknown)])]
      )
      if (this.corrections_.size > CORRECTION_CACHE_SIZE) {
        this.corrections_.clear()
      }
      for (const row of rows) {
        const correction = typeof row.correction === "string" ? row.correction : null
        this.corrections_.set(String(row.term), { word: row.known ? null : correction, at: now })
      }
    }
    return words.map((word) => this.corrections_.get(word)?.word ?? word)
  }

  /**
   * A table filled by a reindex has no statistics until autovacuum comes by, and the planner then
   * guesses every filter selective. Analyse whenever a write adds a fifth or more to what the
   * statistics last saw: a handful of times over a full reindex, never for a single product.
   */
  protected async analyzeAfterGrowth_(table: string, written: number) {
    const [stats] = await this.db_.execute(`SELECT reltuples FROM pg_class WHERE oid = ?::regclass`, [
      `"${table}"`,
    ])
    const known = Number(stats?.reltuples ?? -1)
    if (known < 0 || written >= known * 0.2) {
      await this.db_.execute(`ANALYZE "${table}"`)
    }
  }

  protected async addToVocabulary_(
    definition: SearchTypes.ResolvedSearchIndexDefinition,
    documents: SearchTypes.SearchDocument[]
  ) {
    const searchable = Object.entries(definition.fields)
      .filter(([, field]) => field.searchable)
      .map(([path]) => path)
    const words = new Set<string>()
    for (const document of documents) {
      for (const path of searchable) {
        const value = (document as Record<string, unknown>)[path]
        if (typeof value !== "string") {
          continue
        }
        for (const word of searchWords(value)) {
          if (
            word.length >= 3 &&
            word.length <= MAX_VOCABULARY_WORD &&
            !HAS_DIGIT.test(word) &&
            !this.knownWords_.has(word)
          ) {
            words.add(word)
          }
        }
      }
    }
    if (!words.size) {
      return
    }
    // Sorted, so concurrent ingestions lock overlapping words in the same order and cannot deadlock.
    const added = await this.db_.execute(
      `INSERT INTO "search_vocabulary" ("word") SELECT jsonb_array_elements_text(?::jsonb) ON CONFLICT DO NOTHING RETURNING 1`,
      [JSON.stringify([...words].sort())]
    )
    // a vocabulary that grew a lot since its statistics were taken (the first indexing) looks
    // tiny to the planner, which then compares every word instead of using the trigram index
    if (added.length >= VOCABULARY_ANALYZE_AFTER) {
      await this.db_.execute(`ANALYZE "search_vocabulary"`)
    }
    if (this.knownWords_.size < 200_000) {
      words.forEach((word) => this.knownWords_.add(word))
    }
  }
}

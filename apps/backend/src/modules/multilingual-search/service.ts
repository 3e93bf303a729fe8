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

type Catalog = BuiltInCatalog

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
  protected readonly log_?: Logger
  protected readonly corrections_ = new Map<string, { word: string | null; at: number }>()
  protected readonly knownWords_ = new Set<string>()
  protected readonly catalogs_ = new Map<string, { catalog: Catalog; at: number }>()
  protected databaseChecked_?: Promise<void>

  constructor(dependencies: { manager: DbManager; logger?: Logger }, options: Options = {}) {
    super(dependencies, { ...options, language: options.language ?? "french" })
    this.db_ = dependencies.manager
    this.log_ = dependencies.logger
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
      const table = catalog.table_name
      // typos are corrected against the vocabulary, so the trigram index over every document's whole
      // text is never read, only paid for on each write
      await this.db_.execute(`DROP INDEX IF EXISTS "${table}_trgm_idx"`)
      for (const index of [`${table}_fts_idx`, `${table}_indexed_idx`]) {
        await this.db_.execute(
          `ALTER INDEX IF EXISTS "${index}" SET (gin_pending_list_limit = ${GIN_PENDING_LIST_KB})`
        )
      }
    }
    return task
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
    const hits = (row.hits ?? []) as { id: string; score: number; document: Record<string, unknown> }[]
    return {
      hits: hits.map((hit) => ({
        id: hit.id,
        score: options.include_score ? Number(hit.score) : undefined,
        document: projectDocument(hit.document, input.attributes_to_retrieve),
      })),
      facets: requests.length
        ? Object.fromEntries(
            requests.map((request, position) => [
              request.field,
              mapFacetResult(request, (row[`facet_${position}`] ?? []) as Row[]),
            ])
          )
        : undefined,
      metadata: {
        skip,
        take,
        count: options.count === "none" ? null : Number(row.count ?? 0),
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

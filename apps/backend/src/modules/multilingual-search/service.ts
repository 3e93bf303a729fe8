import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import PostgresSearchProvider from "@medusajs/medusa/search-postgres"
import type { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { normalizeSearchText, searchWords } from "../../lib/search/normalize-search-text"

type DbManager = {
  execute: (sql: string, params?: unknown[]) => Promise<any[]>
  transactional?: <T>(run: (manager: DbManager) => Promise<T>) => Promise<T>
}

type Options = {
  /** the `medusa_search_<language>` text search configuration; ours creates "french" */
  language?: string
}

// Medusa exports the built-in provider only as a module; its one service is the class to extend.
const BasePostgresSearchService = (PostgresSearchProvider as unknown as { services: (typeof PostgresSearchService)[] }).services[0]

const MAX_VOCABULARY_WORD = 40
const CORRECTION_CACHE_SIZE = 5_000
const CORRECTION_TTL_MS = 60_000
const HAS_DIGIT = /\p{N}/u

/**
 * The built-in PostgreSQL search provider, taught three languages and typos with indexes only:
 * queries are normalised like the documents (Arabic letter forms, accents, elisions), a word the
 * catalogue does not contain is corrected to the closest word it does (pg_trgm GIN index over a
 * vocabulary table, instead of the built-in `word_similarity` scan of every document), and a
 * query whose words do not all match is retried with any of them.
 */
export default class MultilingualPostgresSearchService extends BasePostgresSearchService {
  static identifier = "search-postgres-multilingual"

  protected readonly db_: DbManager
  protected readonly log_?: Logger
  protected readonly corrections_ = new Map<string, { word: string | null; at: number }>()
  protected readonly knownWords_ = new Set<string>()
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

  async upsertIndex(input: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    await this.assertUtf8Database_()
    const task = await super.upsertIndex(input)
    // typos are corrected against the vocabulary, so the trigram index over every document's whole
    // text is never read, only paid for on each write
    const [catalog] = await this.db_.execute(`SELECT "table_name" FROM "search_postgres_index" WHERE "name" = ?`, [
      input.index.physical_name,
    ])
    if (catalog) {
      await this.db_.execute(`DROP INDEX IF EXISTS "${catalog.table_name}_trgm_idx"`)
    }
    // measured: the vocabulary's trigram index as left by the migration was never chosen by the
    // planner (26 ms seq scans) until rebuilt (0.2 ms); rebuilding a few thousand words is cheap
    await this.db_.execute(`REINDEX INDEX "search_vocabulary_trgm_idx"`)
    return task
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const task = await super.upsertDocuments(input)
    await this.slimDocuments_(input.index, input.definition, input.documents)
    await this.addToVocabulary_(input.definition, input.documents)
    return task
  }

  /**
   * The matching text lives in `search_vector`; left in the `indexed` jsonb too, it makes every row
   * wider than what ANALYZE samples (1 kB), so PostgreSQL guesses 1 % for any filter, prefers the
   * jsonb index to the full-text one and then reads every document's text (measured: 100 ms instead
   * of a few at 10 000 products). Keep only filter and facet values there.
   */
  protected async slimDocuments_(
    index: string,
    definition: SearchTypes.ResolvedSearchIndexDefinition,
    documents: SearchTypes.SearchDocument[]
  ) {
    const textPaths = Object.entries(definition.fields)
      .filter(([, field]) => field.searchable && field.retrievable === false)
      .map(([path]) => path)
    if (!textPaths.length || !documents.length) {
      return
    }
    const [catalog] = await this.db_.execute(`SELECT "table_name" FROM "search_postgres_index" WHERE "name" = ?`, [index])
    const removed = textPaths.map(() => "- ?").join(" ")
    await this.db_.execute(
      `UPDATE "${catalog.table_name}"
          SET "indexed" = "indexed" ${removed}, "document" = "document" ${removed}, "search_text" = ''
        WHERE "id" IN (SELECT jsonb_array_elements_text(?::jsonb))`,
      [...textPaths, ...textPaths, JSON.stringify(documents.map((document) => String(document[definition.primary_key])))]
    )
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    await this.assertUtf8Database_()
    const { typo_tolerance: typoRequested, ...options } = input.search_options ?? {}
    const raw = input.q?.trim()
    const normalized = normalizeSearchText(raw)
    if (!normalized) {
      return super.search({ ...input, q: undefined, search_options: options })
    }
    const strategy = options.match_strategy ?? "all"
    const typos = typoRequested !== false && (input.index.settings.typo_tolerance?.enabled ?? true)
    const minLength = input.index.settings.typo_tolerance?.min_word_size_for_one_typo ?? 4
    const words = normalized.split(" ")
    // a typeahead's last word is a prefix, not a misspelling
    const prefix = strategy === "last" ? words.pop() : undefined
    const corrected = typos ? await this.correctWords_(words, minLength) : words
    const run = (q: string, match_strategy: SearchTypes.SearchMatchStrategy) =>
      super.search({ ...input, q, search_options: { ...options, match_strategy } })

    const attempts: [string, SearchTypes.SearchMatchStrategy][] = [[[...corrected, prefix].filter(Boolean).join(" "), strategy]]
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
        this.corrections_.set(row.term, { word: row.known ? null : row.correction ?? null, at: now })
      }
    }
    return words.map((word) => this.corrections_.get(word)?.word ?? word)
  }

  protected async addToVocabulary_(definition: SearchTypes.ResolvedSearchIndexDefinition, documents: SearchTypes.SearchDocument[]) {
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
          if (word.length >= 3 && word.length <= MAX_VOCABULARY_WORD && !HAS_DIGIT.test(word) && !this.knownWords_.has(word)) {
            words.add(word)
          }
        }
      }
    }
    if (!words.size) {
      return
    }
    // Sorted, so concurrent ingestions lock overlapping words in the same order and cannot deadlock.
    await this.db_.execute(
      `INSERT INTO "search_vocabulary" ("word") SELECT jsonb_array_elements_text(?::jsonb) ON CONFLICT DO NOTHING`,
      [JSON.stringify([...words].sort())]
    )
    if (this.knownWords_.size < 200_000) {
      words.forEach((word) => this.knownWords_.add(word))
    }
  }
}

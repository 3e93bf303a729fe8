import { container as appContainer } from "@medusajs/framework"
import type { SearchTypes } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  defineSearchIndex,
  graphConsume,
  graphSeed,
} from "@medusajs/framework/utils"
import { normalizeSynonymGroups } from "../lib/search/expand-synonyms"
import { loadProductRatings } from "../lib/search/load-product-ratings"
import { loadProductTranslations } from "../lib/search/load-product-translations"
import { productIdsForEvent } from "../lib/search/product-ids-for-event"
import { productSearchFields } from "../lib/search/product-search-fields"
import { readProductSearchPage, type SqlConnection } from "../lib/search/read-product-search-page"
import { toProductSearchDocument, type ProductSearchRow } from "../lib/search/product-search-document"
import { SEARCH_SYNONYMS } from "../lib/search/synonyms"
import { REVIEW_RATING_CHANGED } from "../workflows/reviews/events"
import { finishSearchBulkLoads } from "../modules/multilingual-search/service"

const SYNONYM_GROUPS = normalizeSynonymGroups(SEARCH_SYNONYMS)

export const PRODUCT_GRAPH_FIELDS = [
  "id",
  "handle",
  "status",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "material",
  "metadata",
  "created_at",
  "sales_channels.id",
  "categories.id",
  "categories.handle",
  "categories.name",
  "tags.value",
  "vendor.handle",
  "vendor.name",
  "vendor.region",
  "vendor.status",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

const source = {
  fields: PRODUCT_GRAPH_FIELDS,
  // one translation query and one rating query per page of products, whatever the page size
  transform: async (rows: ProductSearchRow[], context: SearchTypes.SearchIngestionContext) => {
    const [translations, ratings] = await Promise.all([
      loadProductTranslations(context.container.query, rows),
      loadProductRatings(rows.map((row) => row.id)),
    ])
    return rows.map((row) => toProductSearchDocument(row, translations, SYNONYM_GROUPS, ratings))
  },
}

const SEED_PAGE_SIZE = 1000
/** The query graph's pages: the catch-up pass, filters other than ids, and the reference of the SQL pages. */
export const graphSeedPages = graphSeed({ ...source, batch_size: SEED_PAGE_SIZE })

/** The ids a reindex is narrowed to (`{ id: [...] }` or none), or null for a filter SQL paging does not read. */
function seedIds(filters: Record<string, unknown> | undefined): string[] | undefined | null {
  if (!filters || !Object.keys(filters).length) {
    return undefined
  }
  const keys = Object.keys(filters)
  if (keys.length !== 1 || keys[0] !== "id") {
    return null
  }
  const id = filters.id
  if (typeof id === "string") {
    return [id]
  }
  return Array.isArray(id) && id.every((entry) => typeof entry === "string") ? id : null
}

function sqlConnection(): SqlConnection | undefined {
  try {
    return appContainer.resolve(ContainerRegistrationKeys.PG_CONNECTION) as SqlConnection
  } catch {
    return undefined
  }
}

/**
 * The full seed's pages read in plain SQL (readProductSearchPage), in the same id order and with
 * the same documents as the query graph's, in about half the time (docs/architecture.md#search).
 */
async function* sqlSeedPages(
  db: SqlConnection,
  context: SearchTypes.SearchSeedContext,
  ids: string[] | undefined
): AsyncGenerator<SearchTypes.SearchMutation[]> {
  let after = context.last_key
  while (true) {
    const page = await readProductSearchPage(db, { after, ids, limit: SEED_PAGE_SIZE })
    if (!page.rows.length) {
      return
    }
    const ratings = await loadProductRatings(page.rows.map((row) => row.id))
    yield [
      {
        action: "upsert",
        documents: page.rows.map((row) =>
          toProductSearchDocument(row, page.translations, SYNONYM_GROUPS, ratings)
        ),
      },
    ]
    if (page.rows.length < SEED_PAGE_SIZE) {
      return
    }
    after = page.rows[page.rows.length - 1].id
  }
}

/**
 * Yields the source's pages while it already reads the next one, so that reading the catalogue
 * (query graph) and writing the index (the search engine) overlap instead of taking turns.
 */
async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]()
  let next = iterator.next()
  while (true) {
    const current = await next
    if (current.done) {
      return
    }
    next = iterator.next()
    // a failed read is thrown where it is awaited, on the next turn
    next.catch(() => undefined)
    yield current.value
  }
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  settings: {
    typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
  },
  events: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    "product-category.updated",
    "translation.created",
    "translation.updated",
    "translation.deleted",
    // a review published, taken down or edited changes its product's rating
    REVIEW_RATING_CHANGED,
  ],
  seed: async function* (context) {
    if (context.catchup) {
      // The Search Module's catch-up pass follows the bulk pass of every full (re)index, before the
      // new version serves queries: the PostgreSQL provider builds the indexes it deferred.
      await finishSearchBulkLoads()
    }
    const ids = seedIds(context.filters)
    const db = sqlConnection()
    // The catch-up pass (a few rows, deletions included) and filters other than ids keep the query
    // graph, which knows soft deletion and every filter; the full seed reads in SQL.
    if (context.catchup || ids === null || !db) {
      yield* readAhead(graphSeedPages(context))
      return
    }
    yield* readAhead(sqlSeedPages(db, context, ids))
  },
  consume: graphConsume({
    ...source,
    resolve_ids: (event, context) => productIdsForEvent(context.container.query, event),
    // only a deleted product leaves the index; a deleted variant or translation changes its product
    is_delete: (event) => event.name === "product.deleted",
  }),
})

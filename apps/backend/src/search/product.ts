import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex, graphConsume, graphSeed } from "@medusajs/framework/utils"
import { normalizeSynonymGroups } from "../lib/search/expand-synonyms"
import { loadProductTranslations } from "../lib/search/load-product-translations"
import { productIdsForEvent } from "../lib/search/product-ids-for-event"
import { productSearchFields } from "../lib/search/product-search-fields"
import { toProductSearchDocument, type ProductSearchRow } from "../lib/search/product-search-document"
import { SEARCH_SYNONYMS } from "../lib/search/synonyms"
import { finishSearchBulkLoads } from "../modules/multilingual-search/service"

const SYNONYM_GROUPS = normalizeSynonymGroups(SEARCH_SYNONYMS)

const PRODUCT_GRAPH_FIELDS = [
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
  // one translation query per page of products, whatever the page size
  transform: async (rows: ProductSearchRow[], context: SearchTypes.SearchIngestionContext) => {
    const translations = await loadProductTranslations(context.container.query, rows)
    return rows.map((row) => toProductSearchDocument(row, translations, SYNONYM_GROUPS))
  },
}

const seedPages = graphSeed({ ...source, batch_size: 1000 })

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
  ],
  seed: async function* (context) {
    if (context.catchup) {
      // The Search Module's catch-up pass follows the bulk pass of every full (re)index, before the
      // new version serves queries: the PostgreSQL provider builds the indexes it deferred.
      await finishSearchBulkLoads()
    }
    yield* readAhead(seedPages(context))
  },
  consume: graphConsume({
    ...source,
    resolve_ids: (event, context) => productIdsForEvent(context.container.query, event),
    // only a deleted product leaves the index; a deleted variant or translation changes its product
    is_delete: (event) => event.name === "product.deleted",
  }),
})

import type { SearchTypes } from "@medusajs/framework/types"
import type { Meilisearch } from "meilisearch" with { "resolution-mode": "import" }
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import { dateFieldPaths, toMeilisearchDocument } from "./dates"
import { toMeilisearchFilter } from "./filters"
import { fromMeilisearchResults, toMeilisearchQueries } from "./query"
import { toMeilisearchSettings, type TextNormalizer } from "./settings"

export type MeilisearchProviderOptions = {
  host: string
  apiKey?: string
  /** synonym groups, the same data the PostgreSQL provider applies */
  synonyms?: string[][]
  /** folds queries the way the documents' matching fields were folded */
  normalize?: TextNormalizer
  /** how long to wait for an indexing task, in ms */
  taskTimeoutMs?: number
}

/** Medusa Search Module provider for Meilisearch, on the official `meilisearch` client. */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "search-meilisearch"

  protected readonly options_: MeilisearchProviderOptions
  protected client_?: Promise<Meilisearch>

  constructor(_dependencies: Record<string, unknown>, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "The Meilisearch provider needs a host (MEILISEARCH_HOST)"
      )
    }
    this.options_ = options
  }

  protected client(): Promise<Meilisearch> {
    // the client is ESM-only and this package is CommonJS, like the Medusa backend
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch }) => new Meilisearch({ host: this.options_.host, apiKey: this.options_.apiKey })
    )
    return this.client_
  }

  protected enqueued(task: { taskUid: number }, index: string): SearchTypes.SearchTask {
    return { id: String(task.taskUid), index, status: "enqueued" }
  }

  async upsertIndex({
    index,
  }: {
    index: SearchTypes.ResolvedSearchIndexDefinition
  }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    const created = await client.createIndex(index.physical_name, { primaryKey: index.primary_key })
    // an existing index fails this task, which is fine: the settings below bring it in line
    await client.tasks.waitForTask(created.taskUid, { timeout: this.options_.taskTimeoutMs ?? 30_000 })
    const settings = toMeilisearchSettings(index, {
      synonyms: this.options_.synonyms,
      normalize: this.options_.normalize,
    })
    return this.enqueued(
      await client.index(index.physical_name).updateSettings(settings),
      index.physical_name
    )
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    await client.deleteIndexIfExists(index)
    return { index, status: "succeeded" }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const client = await this.client()
    const stats = await client.getStats()
    return Object.entries(stats.indexes ?? {}).map(([name, entry]) => ({
      name,
      provider: MeilisearchSearchService.identifier,
      document_count: entry.numberOfDocuments,
    }))
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    const dates = dateFieldPaths(definition.fields)
    const stored = documents.map((document) => toMeilisearchDocument(document, dates))
    return this.enqueued(
      await client.index(index).addDocuments(stored, { primaryKey: definition.primary_key }),
      index
    )
  }

  async deleteDocuments({
    index,
    filters,
  }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    const ids = Object.keys(filters).length === 1 ? (filters as Record<string, unknown>).id : undefined
    if (Array.isArray(ids) || typeof ids === "string") {
      return this.enqueued(
        await client.index(index).deleteDocuments((Array.isArray(ids) ? ids : [ids]).map(String)),
        index
      )
    }
    const filter = toMeilisearchFilter(filters)
    if (!filter) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Deleting documents from search index ${index} needs ids or a filter`
      )
    }
    return this.enqueued(await client.index(index).deleteDocuments({ filter }), index)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    return this.enqueued(await client.index(index).deleteAllDocuments(), index)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query and every range-facet count in one multi-search round trip. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const client = await this.client()
    const plans = inputs.map((input) => toMeilisearchQueries(input, this.options_.normalize))
    const queries = plans.flatMap((plan) => [plan.main, ...plan.rangeQueries.map((entry) => entry.query)])
    const { results } = await client.multiSearch({ queries })
    let cursor = 0
    return plans.map((plan, i) => {
      const main = results[cursor]
      const ranges = results.slice(cursor + 1, cursor + 1 + plan.rangeQueries.length)
      cursor += 1 + plan.rangeQueries.length
      return fromMeilisearchResults(inputs[i], plan, main, ranges)
    })
  }

  async waitForTask(
    task: SearchTypes.SearchTask,
    options?: { timeout_ms?: number }
  ): Promise<SearchTypes.SearchTask> {
    if (!task.id) {
      return task
    }
    const client = await this.client()
    const done = await client.tasks.waitForTask(Number(task.id), {
      timeout: options?.timeout_ms ?? this.options_.taskTimeoutMs ?? 30_000,
    })
    return { ...task, status: done.status === "succeeded" ? "succeeded" : "failed" }
  }
}

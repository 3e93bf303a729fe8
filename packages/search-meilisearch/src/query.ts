import type { SearchTypes } from "@medusajs/framework/types"
import type { Hit } from "meilisearch" with { "resolution-mode": "import" }
import { MedusaError } from "@medusajs/framework/utils"
import { dateFieldPaths, fromMeilisearchDocument } from "./dates"
import { filterValue, toMeilisearchFilter } from "./filters"
import type { TextNormalizer } from "./settings"

type RangeFacet = Extract<SearchTypes.SearchFacetRequest, { type: "range" }>

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

const MATCHING: Record<SearchTypes.SearchMatchStrategy, "all" | "last" | "frequency"> = {
  all: "all",
  // Meilisearch always treats the last word as a prefix, so typeahead is its "all"
  last: "all",
  any: "frequency",
}

function andFilters(...parts: (string | undefined)[]) {
  const present = parts.filter((part): part is string => !!part)
  return present.length ? present.map((part) => `(${part})`).join(" AND ") : undefined
}

export function rangeFilter(field: string, range: RangeFacet["ranges"][number]): string {
  return [
    range.from !== undefined ? `${field} >= ${filterValue(range.from)}` : undefined,
    range.to !== undefined ? `${field} < ${filterValue(range.to)}` : undefined,
  ]
    .filter(Boolean)
    .join(" AND ")
}

/**
 * A provider query as Meilisearch search parameters: the main search (hits, value facets, stats),
 * plus one count-only search per requested price range, since Meilisearch has no range facets.
 */
export function toMeilisearchQueries(
  input: SearchTypes.ProviderSearchQuery,
  normalize: TextNormalizer = (text) => text
) {
  const options = input.search_options ?? {}
  if (options.vector) {
    fail("The Meilisearch provider does not support vector search")
  }
  if (input.pagination?.cursor !== undefined) {
    fail("The Meilisearch provider does not support cursor pagination")
  }
  const dates = dateFieldPaths(input.index.fields)
  const filter = toMeilisearchFilter(input.filters, dates)
  const facets = (options.facets ?? []).map((facet) =>
    typeof facet === "string" ? { field: facet, type: "value" as const } : facet
  )
  const valueOrStats = facets.filter((facet) => facet.type !== "range").map((facet) => facet.field)
  const ranges = facets.filter((facet): facet is RangeFacet => facet.type === "range")
  const q = input.q ? normalize(input.q) : undefined
  const sort = Object.entries(input.pagination?.order ?? {})
    .filter(([field]) => field !== "_score")
    .map(([field, direction]) => `${field}:${direction === "ASC" ? "asc" : "desc"}`)

  const main = {
    indexUid: input.index.physical_name,
    q,
    filter,
    offset: input.pagination?.skip ?? 0,
    limit: input.pagination?.take ?? 20,
    ...(sort.length ? { sort } : {}),
    ...(valueOrStats.length ? { facets: [...new Set(valueOrStats)] } : {}),
    attributesToRetrieve: input.attributes_to_retrieve.length ? input.attributes_to_retrieve : ["*"],
    ...(options.attributes_to_search_on ? { attributesToSearchOn: options.attributes_to_search_on } : {}),
    matchingStrategy: MATCHING[options.match_strategy ?? "all"],
    ...(options.distinct ? { distinct: options.distinct } : {}),
    ...(options.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
    ...(options.include_score || options.min_score !== undefined ? { showRankingScore: true } : {}),
  }
  const rangeQueries = ranges.flatMap((facet) =>
    facet.ranges.map((range) => ({
      facet: facet.field,
      key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
      range,
      query: {
        indexUid: main.indexUid,
        q,
        filter: andFilters(filter, rangeFilter(facet.field, range)),
        limit: 0,
        matchingStrategy: main.matchingStrategy,
      },
    }))
  )
  return { main, rangeQueries, facets, dates }
}

type MeiliResult = {
  hits: Hit[]
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
  processingTimeMs?: number
}

/** Meilisearch answers back in the Search Module's result shape. */
export function fromMeilisearchResults(
  input: SearchTypes.ProviderSearchQuery,
  plan: ReturnType<typeof toMeilisearchQueries>,
  main: MeiliResult,
  rangeResults: MeiliResult[]
): SearchTypes.SearchResult {
  const primaryKey = input.index.primary_key
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const facet of plan.facets) {
    if (facet.type === "stats") {
      const stats = main.facetStats?.[facet.field]
      facets[facet.field] = {
        type: "stats",
        min: stats?.min ?? 0,
        max: stats?.max ?? 0,
        count: main.estimatedTotalHits ?? main.totalHits ?? 0,
      }
    } else if (facet.type !== "range") {
      const values = Object.entries(main.facetDistribution?.[facet.field] ?? {}).map(([value, count]) => ({
        value,
        count,
      }))
      values.sort((a, b) =>
        facet.sort === "alpha"
          ? a.value.localeCompare(b.value)
          : b.count - a.count || a.value.localeCompare(b.value)
      )
      facets[facet.field] = { type: "value", values: facet.limit ? values.slice(0, facet.limit) : values }
    }
  }
  plan.rangeQueries.forEach((entry, i) => {
    const facet = (facets[entry.facet] ??= { type: "range", ranges: [] }) as Extract<
      SearchTypes.SearchFacetResult,
      { type: "range" }
    >
    facet.ranges.push({
      key: entry.key,
      from: entry.range.from,
      to: entry.range.to,
      count: rangeResults[i]?.estimatedTotalHits ?? rangeResults[i]?.totalHits ?? 0,
    })
  })
  const options = input.search_options ?? {}
  return {
    hits: main.hits.map((hit) => {
      const { _rankingScore, ...document } = hit
      return {
        id: String(hit[primaryKey]),
        score: options.include_score ? _rankingScore : undefined,
        document: fromMeilisearchDocument(document, plan.dates),
      }
    }),
    facets: plan.facets.length ? facets : undefined,
    metadata: {
      skip: plan.main.offset,
      take: plan.main.limit,
      count: options.count === "none" ? null : (main.estimatedTotalHits ?? main.totalHits ?? 0),
      query: input.q,
      processing_time_ms: main.processingTimeMs,
    },
  }
}

import type { Currency } from "@/lib/constants"

export const SEARCH_PAGE_SIZE = 12
export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest", "rating"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

/** URL name of a facet → index field. */
export const SEARCH_FACETS = {
  category: "category_handles",
  cooperative: "vendor_handle",
  region: "vendor_region",
  material: "materials",
} as const
export type SearchFacetName = keyof typeof SEARCH_FACETS

/** Price bands per currency, in major units; keys are what the URL carries. */
export const PRICE_BANDS: Record<Currency, { key: string; from?: number; to?: number }[]> = {
  mad: [
    { key: "0-100", to: 100 },
    { key: "100-300", from: 100, to: 300 },
    { key: "300-1000", from: 300, to: 1000 },
    { key: "1000-", from: 1000 },
  ],
  eur: [
    { key: "0-10", to: 10 },
    { key: "10-30", from: 10, to: 30 },
    { key: "30-100", from: 30, to: 100 },
    { key: "100-", from: 100 },
  ],
}

export type SearchState = {
  q: string
  filters: Record<SearchFacetName, string[]>
  price?: string
  sort: SearchSort
  page: number
}

type Params = Record<string, string | string[] | undefined>

const MAX_QUERY = 200
const list = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).filter(Boolean).slice(0, 20)

/** Reads the search page's URL leniently: unknown or absurd values fall back to defaults. */
export function parseSearchState(params: Params): SearchState {
  const q = (list(params.q)[0] ?? "").trim().slice(0, MAX_QUERY)
  const sort = SEARCH_SORTS.find((value) => value === list(params.sort)[0]) ?? "relevance"
  const page = Number(list(params.page)[0])
  return {
    q,
    filters: Object.fromEntries(
      Object.keys(SEARCH_FACETS).map((name) => [name, list(params[name])])
    ) as SearchState["filters"],
    price: list(params.price)[0],
    sort,
    page: Number.isInteger(page) && page >= 1 && page <= 150 ? page : 1,
  }
}

/** The URL of a search state: one canonical form, defaults left out. */
export function searchHref(pathname: string, state: SearchState): string {
  const search = new URLSearchParams()
  if (state.q) search.set("q", state.q)
  for (const name of Object.keys(SEARCH_FACETS) as SearchFacetName[]) {
    for (const value of state.filters[name]) search.append(name, value)
  }
  if (state.price) search.set("price", state.price)
  if (state.sort !== "relevance") search.set("sort", state.sort)
  if (state.page > 1) search.set("page", String(state.page))
  const query = search.toString()
  return query ? `${pathname}?${query}` : pathname
}

/** The same state with one facet value switched on or off (back to page 1). */
export function toggleFacet(state: SearchState, name: SearchFacetName, value: string): SearchState {
  const current = state.filters[name]
  const next = current.includes(value) ? current.filter((entry) => entry !== value) : [...current, value]
  return { ...state, filters: { ...state.filters, [name]: next }, page: 1 }
}

const ORDER: Record<SearchSort, (currency: Currency) => Record<string, "ASC" | "DESC"> | undefined> = {
  relevance: () => undefined,
  price_asc: (currency) => ({ [`price_${currency}`]: "ASC" }),
  price_desc: (currency) => ({ [`price_${currency}`]: "DESC" }),
  newest: () => ({ created_at: "DESC" }),
  // best average first, the more reviewed first among equals; products never rated come last
  rating: () => ({ rating_average: "DESC", rating_count: "DESC" }),
}

/**
 * The POST /store/search body of a state: facets are disjunctive (a region's siblings keep their
 * counts once one is picked), prices are those of the visitor's currency.
 */
export function toSearchBody(state: SearchState, currency: Currency) {
  const priceField = `price_${currency}`
  const filters: Record<string, unknown> = {}
  if (state.q) filters.q = state.q
  for (const name of Object.keys(SEARCH_FACETS) as SearchFacetName[]) {
    if (state.filters[name].length) filters[SEARCH_FACETS[name]] = { $in: state.filters[name] }
  }
  const band = PRICE_BANDS[currency].find((entry) => entry.key === state.price)
  if (band) {
    filters[priceField] = {
      ...(band.from !== undefined ? { $gte: band.from } : {}),
      ...(band.to !== undefined ? { $lt: band.to } : {}),
    }
  }
  const order = ORDER[state.sort](currency)
  return {
    entity: "product",
    filters,
    pagination: {
      skip: (state.page - 1) * SEARCH_PAGE_SIZE,
      take: SEARCH_PAGE_SIZE,
      ...(order ? { order } : {}),
    },
    search_options: {
      disjunctive_facets: true,
      facets: [
        ...Object.values(SEARCH_FACETS).map((field) => ({ field, limit: 12 })),
        {
          field: priceField,
          type: "range",
          ranges: PRICE_BANDS[currency].map(({ key, from, to }) => ({ key, from, to })),
        },
      ],
    },
  }
}

import "server-only"
import type { Currency, Locale } from "@/lib/constants"
import { env, sdk } from "@/lib/config"
import { toSearchBody, type SearchState } from "@/lib/search/search-state"

export type SearchHitDocument = {
  id: string
  handle: string
  title_fr: string | null
  title_ar: string | null
  title_en: string | null
  thumbnail: string | null
  vendor_name: string | null
  vendor_region: string | null
  price_mad: number | null
  price_eur: number | null
  in_stock: boolean
}

type FacetResult =
  | { type: "value"; values: { value: string; count: number }[] }
  | { type: "range"; ranges: { key: string; count: number }[] }

export type ProductSearchResult = {
  hits: { id: string; document: SearchHitDocument }[]
  facets?: Record<string, FacetResult>
  metadata: { count: number | null; skip: number; take: number }
}

async function postSearch(locale: Locale, body: Record<string, unknown>): Promise<ProductSearchResult> {
  // searches are per visitor and change with every keystroke: never cached
  const { results } = await sdk.client.fetch<{ results: ProductSearchResult[] }>("/store/search", {
    method: "POST",
    body,
    headers: { "x-publishable-api-key": env.publishableKey(), "x-medusa-locale": locale },
    cache: "no-store",
  })
  return results[0]
}

/** One page of products for the search page, with facet counts, in the visitor's currency. */
export function searchProducts(locale: Locale, state: SearchState, currency: Currency): Promise<ProductSearchResult> {
  return postSearch(locale, toSearchBody(state, currency))
}

/** A few products for the header's suggestions: the last word typed counts as a prefix. */
export function suggestProducts(locale: Locale, q: string): Promise<ProductSearchResult> {
  return postSearch(locale, {
    entity: "product",
    filters: { q },
    fields: ["id", "handle", "title_fr", "title_ar", "title_en"],
    pagination: { take: 6 },
    search_options: { match_strategy: "last" },
  })
}

/** A hit's title in the page language, French (the base text) when it has no translation. */
export function hitTitle(document: Pick<SearchHitDocument, "title_fr" | "title_ar" | "title_en">, locale: Locale): string {
  return document[`title_${locale}`] || document.title_fr || ""
}

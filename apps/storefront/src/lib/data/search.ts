import "server-only"
import { backendFetch } from "@/lib/backend"
import type { Currency, Locale } from "@/lib/constants"
import { toSearchBody, type SearchState } from "@/lib/search/search-state"
import type { ProductSearchResult } from "@/lib/types/store"

async function postSearch(locale: Locale, body: Record<string, unknown>): Promise<ProductSearchResult> {
  // searches are per visitor and change with every keystroke: never cached
  const { results } = await backendFetch<{ results: ProductSearchResult[] }>("/store/search", {
    method: "POST",
    body,
    locale,
  })
  return results[0]
}

/** One page of products for the search page, with facet counts, in the visitor's currency. */
export function searchProducts(
  locale: Locale,
  state: SearchState,
  currency: Currency
): Promise<ProductSearchResult> {
  return postSearch(locale, toSearchBody(state, currency))
}

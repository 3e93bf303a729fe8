"use client"

import { createInstantSearchAdapter } from "@medusajs/instantsearch-adapter"
import { useEffect, useMemo } from "react"
import {
  Configure,
  InstantSearch,
  useHits,
  useInstantSearch,
  type InstantSearchProps,
} from "react-instantsearch"
import type { Locale } from "@/lib/constants"
import { SUGGESTION_FIELDS, suggestionTitles, type SearchHitDocument } from "@/lib/search/search-hit"

type Props = {
  locale: Locale
  query: string
  onSuggestions: (titles: string[]) => void
}

/**
 * Asks the product index for the header's suggestions through InstantSearch and Medusa's adapter,
 * and hands the titles up; it renders nothing. Loaded only once a visitor types, so pages stay light.
 */
export default function SearchSuggestionsSource({ locale, query, onSuggestions }: Props) {
  const searchClient = useMemo(
    () =>
      createInstantSearchAdapter({
        baseUrl: window.location.origin,
        path: "/api/search",
        headers: { "x-medusa-locale": locale },
        placeholderSearch: false,
        additionalSearchParameters: {
          fields: [...SUGGESTION_FIELDS],
          // the word being typed counts as a prefix
          search_options: { match_strategy: "last" },
        },
        // the adapter types its client by the wire format, InstantSearch by Algolia's client: same calls
      }).searchClient as unknown as InstantSearchProps["searchClient"],
    [locale]
  )
  return (
    <InstantSearch searchClient={searchClient} indexName="product">
      <Configure query={query} hitsPerPage={6} />
      <HitTitles locale={locale} onSuggestions={onSuggestions} />
    </InstantSearch>
  )
}

function HitTitles({ locale, onSuggestions }: Omit<Props, "query">) {
  // a failed suggestion request leaves the plain search working: no error boundary, no console noise
  const { error } = useInstantSearch({ catchError: true })
  const { items } = useHits<SearchHitDocument>()
  useEffect(() => {
    onSuggestions(error ? [] : suggestionTitles(items, locale))
  }, [items, error, locale, onSuggestions])
  return null
}

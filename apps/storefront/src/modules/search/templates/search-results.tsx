import Link from "next/link"
import type { Currency, Locale } from "@/lib/constants"
import type { ProductSearchResult } from "@/lib/types/store"
import { format, plural } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { formatMoney } from "@/lib/util/money"
import { localePath } from "@/lib/util/paths"
import { regionLabel } from "@/lib/util/moroccan-regions"
import {
  PRICE_BANDS,
  SEARCH_FACETS,
  SEARCH_PAGE_SIZE,
  SEARCH_SORTS,
  searchHref,
  toggleFacet,
  type SearchFacetName,
  type SearchState,
} from "@/lib/search/search-state"
import SearchFacet from "../components/search-facet"
import SearchResultCard from "../components/search-result-card"

type Props = {
  locale: Locale
  currency: Currency
  state: SearchState
  result: ProductSearchResult | null
  labels: { categories: Map<string, string>; cooperatives: Map<string, string> }
}

export default function SearchResults({ locale, currency, state, result, labels }: Props) {
  const m = getMessages(locale)
  const pathname = localePath(locale, "/search")
  const count = result?.metadata.count ?? 0
  const totalPages = Math.max(1, Math.ceil(count / SEARCH_PAGE_SIZE))

  const valueOptions = (name: SearchFacetName, label: (value: string) => string) => {
    const facet = result?.facets?.[SEARCH_FACETS[name]]
    const values = facet?.type === "value" ? facet.values : []
    return values.map(({ value, count: n }) => ({
      value,
      label: label(value),
      count: n,
      href: searchHref(pathname, toggleFacet(state, name, value)),
      selected: state.filters[name].includes(value),
    }))
  }
  const priceFacet = result?.facets?.[`price_${currency}`]
  const priceCounts = new Map(
    priceFacet?.type === "range" ? priceFacet.ranges.map((range) => [range.key, range.count]) : []
  )
  const money = (amount: number) => formatMoney(amount, currency, locale)
  const priceOptions = PRICE_BANDS[currency]
    .map((band) => ({
      value: band.key,
      label:
        band.from === undefined
          ? format(m.search.priceBand.below, { to: money(band.to!) })
          : band.to === undefined
            ? format(m.search.priceBand.above, { from: money(band.from) })
            : format(m.search.priceBand.between, { from: money(band.from), to: money(band.to) }),
      count: priceCounts.get(band.key) ?? 0,
      href: searchHref(pathname, {
        ...state,
        price: state.price === band.key ? undefined : band.key,
        page: 1,
      }),
      selected: state.price === band.key,
    }))
    .filter((option) => option.count > 0 || option.selected)

  return (
    <div className="search-page">
      <h1 className="page-title">{state.q ? format(m.search.resultsFor, { q: state.q }) : m.search.title}</h1>
      {result === null ? (
        <p role="alert" data-testid="search-error">
          {m.search.error}
        </p>
      ) : count === 0 ? (
        <div className="search-empty" data-testid="search-empty">
          <h2>{format(m.search.emptyTitle, { q: state.q })}</h2>
          <p>{m.search.emptyHint}</p>
          <Link href={localePath(locale, "")} className="button">
            {m.search.emptyBrowse}
          </Link>
        </div>
      ) : (
        <div className="search-page__layout">
          <aside className="search-page__facets" aria-label={m.search.filters}>
            <SearchFacet
              name="category"
              title={m.search.facets.category}
              options={valueOptions("category", (value) => labels.categories.get(value) ?? value)}
            />
            <SearchFacet
              name="region"
              title={m.search.facets.region}
              options={valueOptions("region", (value) => regionLabel(value, m.regions))}
            />
            <SearchFacet
              name="cooperative"
              title={m.search.facets.cooperative}
              options={valueOptions("cooperative", (value) => labels.cooperatives.get(value) ?? value)}
            />
            <SearchFacet
              name="material"
              title={m.search.facets.material}
              options={valueOptions("material", (value) => value)}
            />
            <SearchFacet name="price" title={m.search.facets.price} options={priceOptions} />
            <Link
              href={searchHref(pathname, {
                q: state.q,
                filters: { category: [], cooperative: [], region: [], material: [] },
                sort: state.sort,
                page: 1,
              })}
              className="button button--ghost"
            >
              {m.search.clear}
            </Link>
          </aside>
          <section className="search-page__results">
            <div className="search-page__toolbar">
              <p data-testid="search-count">{plural(locale, count, m.search.count)}</p>
              <nav aria-label={m.search.sort.label} className="chips">
                {SEARCH_SORTS.map((sort) => (
                  <Link
                    key={sort}
                    href={searchHref(pathname, { ...state, sort, page: 1 })}
                    className="chip"
                    aria-current={state.sort === sort ? "page" : undefined}
                    data-testid={`search-sort-${sort}`}
                    rel="nofollow"
                  >
                    {m.search.sort[sort]}
                  </Link>
                ))}
              </nav>
            </div>
            <div className="product-grid">
              {result.hits.map((hit, index) => (
                <SearchResultCard
                  key={hit.id}
                  locale={locale}
                  currency={currency}
                  document={hit.document}
                  eager={index === 0}
                />
              ))}
            </div>
            {totalPages > 1 ? (
              <nav className="pagination" aria-label={m.pagination.label}>
                {state.page > 1 ? (
                  <Link
                    href={searchHref(pathname, { ...state, page: state.page - 1 })}
                    rel="prev"
                    className="button button--ghost"
                  >
                    {m.pagination.previous}
                  </Link>
                ) : (
                  <span />
                )}
                <span className="pagination__status">
                  {format(m.pagination.status, { page: state.page, total: totalPages })}
                </span>
                {state.page < totalPages ? (
                  <Link
                    href={searchHref(pathname, { ...state, page: state.page + 1 })}
                    rel="next"
                    className="button button--ghost"
                    data-testid="pagination-next"
                  >
                    {m.pagination.next}
                  </Link>
                ) : (
                  <span />
                )}
              </nav>
            ) : null}
          </section>
        </div>
      )}
    </div>
  )
}

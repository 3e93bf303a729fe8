import type { Metadata } from "next"
import { listCategories } from "@/lib/data/categories"
import { getCurrency } from "@/lib/data/currency"
import type { ProductSearchResult } from "@/lib/types/store"
import { searchProducts } from "@/lib/data/search"
import { listVendors } from "@/lib/data/vendors"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { parseSearchState } from "@/lib/search/search-state"
import SearchResults from "@/modules/search/templates/search-results"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  // result pages are endless variations of one page: keep them out of search engines
  return { title: getMessages(locale).search.title, robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale)
  const state = parseSearchState(await searchParams)
  const currency = await getCurrency()
  const [result, categories, vendors] = await Promise.all([
    searchProducts(locale, state, currency).catch((): ProductSearchResult | null => null),
    listCategories(locale),
    listVendors({ locale, limit: 100 }),
  ])
  return (
    <SearchResults
      locale={locale}
      currency={currency}
      state={state}
      result={result}
      labels={{
        categories: new Map(categories.map((category) => [category.handle, category.name])),
        cooperatives: new Map(vendors.vendors.map((vendor) => [vendor.handle, vendor.name])),
      }}
    />
  )
}

import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { PRODUCTS_PER_PAGE } from "@/lib/constants"
import { getCategoryByHandle } from "@/lib/data/categories"
import { getCurrency } from "@/lib/data/currency"
import { listProducts } from "@/lib/data/products"
import { getRegionForCurrency } from "@/lib/data/regions"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { isPageOutOfRange, pageOffset, paginate, parsePage } from "@/lib/util/pagination"
import { localeAlternates, paths } from "@/lib/util/paths"
import CategoryTemplate from "@/modules/categories/templates/category-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: rawLocale, handle } = await params
  const locale = resolveLocale(rawLocale)
  const category = await getCategoryByHandle(locale, handle)
  if (!category) {
    notFound()
  }
  const m = getMessages(locale)
  const page = parsePage((await searchParams).page)
  return {
    title: page > 1 ? format(m.meta.pageTitle, { title: category.name, page }) : category.name,
    description: category.description || format(m.meta.categoryDescription, { category: category.name }),
    alternates: localeAlternates(locale, paths.category(category.handle)),
  }
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale: rawLocale, handle } = await params
  const locale = resolveLocale(rawLocale)
  const page = parsePage((await searchParams).page)
  const [category, region] = await Promise.all([
    getCategoryByHandle(locale, handle),
    getCurrency().then(getRegionForCurrency),
  ])
  if (!category) {
    notFound()
  }
  const { products, count } = await listProducts({
    locale,
    regionId: region.id,
    categoryId: category.id,
    limit: PRODUCTS_PER_PAGE,
    offset: pageOffset(page, PRODUCTS_PER_PAGE),
  })
  const pagination = paginate(count, page, PRODUCTS_PER_PAGE)
  if (isPageOutOfRange(pagination)) {
    notFound()
  }
  return (
    <CategoryTemplate
      locale={locale}
      category={category}
      products={products}
      count={count}
      pagination={pagination}
    />
  )
}

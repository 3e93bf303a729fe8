import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { COOPERATIVES_PER_PAGE, SITEMAP_PAGE_SIZE } from "@/lib/constants"
import { listVendors } from "@/lib/data/vendors"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { isPageOutOfRange, pageOffset, paginate, parsePage } from "@/lib/util/pagination"
import { localeAlternates, paths } from "@/lib/util/paths"
import { distinctRegions } from "@/lib/util/moroccan-regions"
import CooperativesTemplate from "@/modules/cooperatives/templates/cooperatives-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{
    page?: string | string[]
    region?: string | string[]
  }>
}

function first(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value) || undefined
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const m = getMessages(locale)
  const page = parsePage((await searchParams).page)
  return {
    title: page > 1 ? format(m.meta.pageTitle, { title: m.cooperatives.title, page }) : m.cooperatives.title,
    description: m.meta.cooperativesDescription,
    alternates: localeAlternates(locale, paths.cooperatives()),
  }
}

export default async function CooperativesPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale)
  const query = await searchParams
  const page = parsePage(query.page)
  const region = first(query.region)

  // The filter lists the regions that have cooperatives; the grid asks the backend for one region.
  const [everyVendor, { vendors, count }] = await Promise.all([
    listVendors({ locale, limit: SITEMAP_PAGE_SIZE }),
    listVendors({
      locale,
      region,
      limit: COOPERATIVES_PER_PAGE,
      offset: pageOffset(page, COOPERATIVES_PER_PAGE),
    }),
  ])
  const pagination = paginate(count, page, COOPERATIVES_PER_PAGE)
  if (isPageOutOfRange(pagination)) {
    notFound()
  }
  const regions = distinctRegions(
    everyVendor.vendors.map((vendor) => vendor.region),
    getMessages(locale).regions,
    new Intl.Collator(intlLocale(locale))
  )
  return (
    <CooperativesTemplate
      locale={locale}
      vendors={vendors}
      count={count}
      regions={regions}
      region={region}
      pagination={pagination}
    />
  )
}

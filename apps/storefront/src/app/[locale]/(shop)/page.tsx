import type { Metadata } from "next"
import { FEATURED_COOPERATIVES_COUNT, NEW_ARRIVALS_COUNT } from "@/lib/constants"
import { listCategories } from "@/lib/data/categories"
import { listEvents } from "@/lib/data/events"
import { getImpactOrNull } from "@/lib/data/impact"
import { getCurrency } from "@/lib/data/currency"
import { listProducts } from "@/lib/data/products"
import { getRegionForCurrency } from "@/lib/data/regions"
import { listVendors } from "@/lib/data/vendors"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { localeAlternates, paths } from "@/lib/util/paths"
import HomeTemplate from "@/modules/home/templates/home-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const m = getMessages(locale)
  return {
    title: { absolute: m.meta.homeTitle },
    description: m.meta.homeDescription,
    alternates: localeAlternates(locale, paths.home()),
  }
}

export default async function HomePage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  // Five independent cached reads; only the new arrivals wait for the region (prices).
  const [categories, { vendors }, { products }, events, impact] = await Promise.all([
    listCategories(locale),
    listVendors({ locale, limit: FEATURED_COOPERATIVES_COUNT }),
    getCurrency()
      .then(getRegionForCurrency)
      .then((region) => listProducts({ locale, regionId: region.id, limit: NEW_ARRIVALS_COUNT })),
    // the banner's event (soonest first); the page's cache period keeps "within the week" current
    listEvents(locale, "upcoming", 3),
    getImpactOrNull(),
  ])
  return (
    <HomeTemplate
      locale={locale}
      categories={categories}
      vendors={vendors}
      products={products}
      events={events}
      impact={impact}
    />
  )
}

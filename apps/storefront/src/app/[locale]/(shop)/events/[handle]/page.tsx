import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getCurrency } from "@/lib/data/currency"
import { getEventByHandle } from "@/lib/data/events"
import { listProducts } from "@/lib/data/products"
import { getRegionForCurrency } from "@/lib/data/regions"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { eventDateRange } from "@/lib/shop/events"
import type { StoreProduct } from "@/lib/types/store"
import { localeAlternates, paths } from "@/lib/util/paths"
import EventTemplate from "@/modules/events/templates/event-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, handle } = await params
  const locale = resolveLocale(rawLocale)
  const event = await getEventByHandle(locale, handle)
  if (!event) {
    notFound()
  }
  const m = getMessages(locale)
  const description = format(m.meta.eventDescription, {
    name: event.name,
    city: event.city,
    dates: eventDateRange(locale, event),
  })
  return {
    title: event.name,
    description,
    alternates: localeAlternates(locale, paths.event(event.handle)),
    openGraph: { title: event.name, description },
  }
}

export default async function EventPage({ params }: Props) {
  const { locale: rawLocale, handle } = await params
  const locale = resolveLocale(rawLocale)
  const [event, region] = await Promise.all([
    getEventByHandle(locale, handle),
    getCurrency().then(getRegionForCurrency),
  ])
  if (!event) {
    notFound()
  }
  // The event lists product ids per cooperative; one /store/products call prices them all.
  const ids = event.cooperatives.flatMap(({ vendor }) => vendor.products.map((product) => product.id))
  const { products } = ids.length
    ? await listProducts({ locale, regionId: region.id, ids, limit: ids.length })
    : { products: [] as StoreProduct[] }
  const byId = new Map(products.map((product) => [product.id, product]))
  const productsByVendor = new Map(
    event.cooperatives.map(({ vendor }) => [
      vendor.id,
      vendor.products.flatMap((product) => (byId.has(product.id) ? [byId.get(product.id)!] : [])),
    ])
  )
  return <EventTemplate locale={locale} event={event} productsByVendor={productsByVendor} />
}

import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import { bannerEvent } from "@/lib/shop/events"
import type { ImpactFigures } from "@bazaar/contracts"
import type { StoreEvent, StoreVendor } from "@/lib/types/custom-routes"
import type { StoreCategory, StoreProduct } from "@/lib/types/store"
import { localePath, paths } from "@/lib/util/paths"
import CategoryTiles from "@/modules/categories/components/category-tiles"
import CooperativeTile from "@/modules/cooperatives/components/cooperative-tile"
import EventBanner from "@/modules/events/components/event-banner"
import HomeIntro from "@/modules/home/components/home-intro"
import ImpactBand from "@/modules/impact/components/impact-band"
import ProductGrid from "@/modules/products/components/product-grid"

type Props = {
  locale: Locale
  categories: StoreCategory[]
  vendors: StoreVendor[]
  products: StoreProduct[]
  /** upcoming and running bazaars, soonest first */
  events: StoreEvent[]
  /** the impact figures for the band; null when they could not be read */
  impact: ImpactFigures | null
}

export default function HomeTemplate({ locale, categories, vendors, products, events, impact }: Props) {
  const m = getMessages(locale)
  const now = new Date()
  const banner = bannerEvent(events, now)
  return (
    <>
      {banner && <EventBanner locale={locale} event={banner} now={now} />}
      <HomeIntro locale={locale} />

      <section className="home-section" aria-labelledby="home-categories">
        <h2 id="home-categories">{m.home.categoriesTitle}</h2>
        <CategoryTiles locale={locale} categories={categories} />
      </section>

      {vendors.length > 0 && (
        <section className="home-section" aria-labelledby="home-featured">
          <div className="home-section__head">
            <h2 id="home-featured">{m.home.featuredTitle}</h2>
            <Link href={localePath(locale, paths.cooperatives())}>{m.home.seeAllCooperatives}</Link>
          </div>
          <ul className="cooperative-list">
            {vendors.map((vendor) => (
              <li key={vendor.id}>
                <CooperativeTile locale={locale} vendor={vendor} testId="featured-cooperative" />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="home-section" aria-labelledby="home-new">
        <h2 id="home-new">{m.home.newArrivalsTitle}</h2>
        <ProductGrid locale={locale} products={products} emptyText={m.home.noProducts} eagerCount={1} />
      </section>

      {impact && <ImpactBand locale={locale} figures={impact} />}
    </>
  )
}

import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { eventDateRange } from "@/lib/shop/events"
import type { StoreEventWithCooperatives } from "@/lib/types/custom-routes"
import type { StoreProduct } from "@/lib/types/store"
import { localePath, paths } from "@/lib/util/paths"
import { regionLabel } from "@/lib/util/moroccan-regions"
import RemoteImage from "@/modules/common/components/remote-image"
import EventTimingBadge from "@/modules/events/components/event-timing-badge"
import ProductGrid from "@/modules/products/components/product-grid"

type Props = {
  locale: Locale
  event: StoreEventWithCooperatives
  /** priced products, by cooperative id, in the order the event lists them */
  productsByVendor: Map<string, StoreProduct[]>
}

export default function EventTemplate({ locale, event, productsByVendor }: Props) {
  const m = getMessages(locale)
  return (
    <article className="event">
      <header className="event__head">
        <EventTimingBadge locale={locale} timing={event.timing} />
        <h1 data-testid="event-name">{event.name}</h1>
        {event.description && <p className="event__description">{event.description}</p>}
        <dl className="event__facts">
          <div>
            <dt>{m.events.when}</dt>
            <dd>
              <time dateTime={event.starts_at}>{eventDateRange(locale, event)}</time>
            </dd>
          </div>
          {event.opening_hours && (
            <div>
              <dt>{m.events.hours}</dt>
              <dd>{event.opening_hours}</dd>
            </div>
          )}
          <div>
            <dt>{m.events.where}</dt>
            <dd>
              {event.address}, {event.city}
              {event.map_url && (
                <>
                  {" · "}
                  <a href={event.map_url} target="_blank" rel="noopener noreferrer">
                    {m.events.map}
                  </a>
                </>
              )}
            </dd>
          </div>
        </dl>
      </header>

      <section aria-labelledby="event-cooperatives">
        <div className="home-section__head">
          <h2 id="event-cooperatives">{m.events.cooperativesTitle}</h2>
          <Link href={localePath(locale, paths.events())}>{m.events.allEvents}</Link>
        </div>
        {event.cooperatives.length === 0 && <p>{m.events.noCooperatives}</p>}
        <ol className="event-stands">
          {event.cooperatives.map(({ stand_number, vendor }) => (
            <li key={vendor.id} className="event-stand" data-testid="event-stand">
              <div className="event-stand__head">
                <span className="event-stand__number" data-testid="event-stand-number">
                  {format(m.events.stand, { number: stand_number })}
                </span>
                <RemoteImage
                  src={vendor.logo_url}
                  alt=""
                  width={48}
                  height={48}
                  className="event-stand__logo"
                />
                <div className="event-stand__who">
                  <h3 className="event-stand__name">
                    <Link href={localePath(locale, paths.cooperative(vendor.handle))}>{vendor.name}</Link>
                  </h3>
                  <p className="cooperative-tile__meta">
                    {format(m.cooperative.place, {
                      city: vendor.city,
                      region: regionLabel(vendor.region, m.regions),
                    })}
                  </p>
                </div>
              </div>
              {vendor.tagline && <p className="event-stand__tagline">{vendor.tagline}</p>}
              <ProductGrid
                locale={locale}
                products={productsByVendor.get(vendor.id) ?? []}
                emptyText={m.cooperative.noProducts}
              />
            </li>
          ))}
        </ol>
      </section>
    </article>
  )
}

import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { plural } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { eventDateRange } from "@/lib/shop/events"
import type { StoreEvent } from "@/lib/types/custom-routes"
import { localePath, paths } from "@/lib/util/paths"
import EventTimingBadge from "./event-timing-badge"

type Props = { locale: Locale; event: StoreEvent }

/** A bazaar in a list: name, dates, place and how many cooperatives; the name links to its page. */
export default function EventCard({ locale, event }: Props) {
  const m = getMessages(locale)
  return (
    <article className="event-card" data-testid="event-card">
      <EventTimingBadge locale={locale} timing={event.timing} />
      <h3 className="event-card__name">
        <Link href={localePath(locale, paths.event(event.handle))}>{event.name}</Link>
      </h3>
      <p className="event-card__meta">
        <time dateTime={event.starts_at}>{eventDateRange(locale, event)}</time> · {event.city}
      </p>
      {typeof event.cooperatives_count === "number" && (
        <p className="event-card__meta">
          {plural(locale, event.cooperatives_count, m.events.cooperativesCount)}
        </p>
      )}
    </article>
  )
}

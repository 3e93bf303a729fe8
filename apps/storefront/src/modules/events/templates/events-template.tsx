import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import type { StoreEvent } from "@/lib/types/custom-routes"
import { localePath, paths } from "@/lib/util/paths"
import EventCard from "@/modules/events/components/event-card"

type Props = { locale: Locale; events: StoreEvent[]; past: boolean }

export default function EventsTemplate({ locale, events, past }: Props) {
  const m = getMessages(locale)
  return (
    <section className="events" aria-labelledby="events-title">
      <h1 id="events-title">{m.events.title}</h1>
      <p className="events__intro">{m.events.intro}</p>
      <div className="home-section__head">
        <h2>{past ? m.events.pastTitle : m.events.upcomingTitle}</h2>
        <Link
          href={localePath(locale, past ? paths.events() : paths.pastEvents())}
          data-testid="events-switch"
        >
          {past ? m.events.showUpcoming : m.events.showPast}
        </Link>
      </div>
      {events.length ? (
        <ul className="event-list">
          {events.map((event) => (
            <li key={event.id}>
              <EventCard locale={locale} event={event} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{past ? m.events.noPast : m.events.noUpcoming}</p>
      )}
    </section>
  )
}

import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getMessages } from "@/lib/i18n/messages"
import { EVENT_TIME_ZONE, eventDateRange, isRunning } from "@/lib/shop/events"
import type { StoreEvent } from "@/lib/types/custom-routes"
import { localePath, paths } from "@/lib/util/paths"

type Props = { locale: Locale; event: StoreEvent; now: Date }

/** The home page's notice of a bazaar running now or opening within the week. */
export default function EventBanner({ locale, event, now }: Props) {
  const m = getMessages(locale)
  const running = isRunning(event, now)
  const end = new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "long",
    timeZone: EVENT_TIME_ZONE,
  }).format(new Date(event.ends_at))
  const text = running
    ? format(m.events.bannerRunning, { name: event.name, city: event.city, end })
    : format(m.events.bannerSoon, {
        name: event.name,
        city: event.city,
        dates: eventDateRange(locale, event),
      })
  return (
    <aside className="event-banner" aria-label={m.events.title} data-testid="event-banner">
      <p className="event-banner__text">{text}</p>
      <Link href={localePath(locale, paths.event(event.handle))} className="event-banner__link">
        {m.events.bannerLink}
      </Link>
    </aside>
  )
}

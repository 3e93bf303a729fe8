import { EVENT_BANNER_DAYS, type Locale } from "@/lib/constants"
import { intlLocale } from "@/lib/i18n/locales"

type Dated = { starts_at: string; ends_at: string }

const DAY = 24 * 60 * 60 * 1000
// bazaars take place in Morocco: their dates read in Moroccan time wherever the page is rendered
export const EVENT_TIME_ZONE = "Africa/Casablanca"

/** Running now, or opening within `days`: what the home page's banner announces. */
export function isBannerWorthy(event: Dated, now: Date, days = EVENT_BANNER_DAYS): boolean {
  const starts = new Date(event.starts_at).getTime()
  const ends = new Date(event.ends_at).getTime()
  return ends >= now.getTime() && starts - now.getTime() <= days * DAY
}

/** The event the home page announces: the running one, else the next to open within the week. */
export function bannerEvent<T extends Dated>(
  events: T[],
  now: Date,
  days = EVENT_BANNER_DAYS
): T | undefined {
  return events
    .filter((event) => isBannerWorthy(event, now, days))
    .sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())[0]
}

/** "10–14 June 2027", "30 May – 2 June 2027", in the page's language and Moroccan time. */
export function eventDateRange(locale: Locale, event: Dated): string {
  const formatter = new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: EVENT_TIME_ZONE,
  })
  return formatter.formatRange(new Date(event.starts_at), new Date(event.ends_at))
}

/** Whether the event is on now (true), still to come or over (false), at `now`. */
export function isRunning(event: Dated, now: Date): boolean {
  return (
    new Date(event.starts_at).getTime() <= now.getTime() && now.getTime() <= new Date(event.ends_at).getTime()
  )
}

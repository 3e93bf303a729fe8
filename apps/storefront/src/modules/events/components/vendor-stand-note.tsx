import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { eventDateRange } from "@/lib/shop/events"
import type { StoreVendorStand } from "@/lib/types/custom-routes"
import { localePath, paths } from "@/lib/util/paths"

type Props = { locale: Locale; stand: StoreVendorStand }

/** On a cooperative's page: where to find its stand ("stand 12, Bazar de M'diq, 10–14 June"). */
export default function VendorStandNote({ locale, stand }: Props) {
  const m = getMessages(locale)
  const template = stand.event.timing === "current" ? m.events.standNoteRunning : m.events.standNoteUpcoming
  return (
    <aside className="event-banner event-banner--stand" data-testid="cooperative-stand">
      <p className="event-banner__text">
        {format(template, {
          number: stand.stand_number,
          event: stand.event.name,
          city: stand.event.city,
          dates: eventDateRange(locale, stand.event),
        })}
      </p>
      <Link href={localePath(locale, paths.event(stand.event.handle))} className="event-banner__link">
        {stand.event.name}
      </Link>
    </aside>
  )
}

import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import type { EventTiming } from "@/lib/types/custom-routes"

type Props = { locale: Locale; timing: EventTiming }

/** "On now", "Coming soon" or "Over". */
export default function EventTimingBadge({ locale, timing }: Props) {
  const m = getMessages(locale)
  const label =
    timing === "current" ? m.events.running : timing === "upcoming" ? m.events.upcoming : m.events.past
  return <span className={`event-badge event-badge--${timing}`}>{label}</span>
}

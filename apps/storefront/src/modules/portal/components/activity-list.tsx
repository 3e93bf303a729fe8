import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import type { PortalMessages } from "@/lib/portal/messages"
import { formatDay } from "@/lib/portal/orders"
import type { PortalActivity } from "@/lib/types/custom-routes"

type Props = { locale: Locale; activity: PortalActivity[]; m: PortalMessages["history"] }

/** The cooperative's latest changes and who made them: a member by name, or the centre for it. */
export default function ActivityList({ locale, activity, m }: Props) {
  if (activity.length === 0) {
    return <p>{m.empty}</p>
  }
  const actions = m.actions as Record<string, string>
  return (
    <ul className="portal-members" data-testid="portal-activity">
      {activity.map((entry) => (
        <li key={entry.id} className="portal-member" data-actor={entry.actor_type}>
          <p className="portal-member__name">{actions[entry.action] ?? actions.other}</p>
          <p className="portal-member__meta">
            {formatDay(entry.created_at, intlLocale(locale))} ·{" "}
            <bdi>
              {entry.actor_type === "staff"
                ? format(m.byCentre, { name: entry.actor_name ?? "" })
                : (entry.actor_name ?? "")}
            </bdi>
          </p>
        </li>
      ))}
    </ul>
  )
}

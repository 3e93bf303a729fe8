import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getPortalMessages } from "@/lib/portal/messages"
import type { InboxEntry } from "@/lib/types/custom-routes"
import MarkInboxRead from "@/modules/portal/components/mark-inbox-read"

type Props = { locale: Locale; entries: InboxEntry[] }

/** What the marketplace told the member, newest first: for a member who does not read her email. */
export default function InboxTemplate({ locale, entries }: Props) {
  const m = getPortalMessages(locale).inbox
  const dates = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short" })
  return (
    <>
      <h1>{m.title}</h1>
      <p className="portal-intro">{m.intro}</p>
      {entries.length === 0 ? (
        <p data-testid="inbox-empty">{m.empty}</p>
      ) : (
        <ul className="portal-inbox" data-testid="inbox">
          {entries.map((entry) => (
            <li
              key={entry.id}
              className="portal-card portal-inbox__entry"
              data-testid="inbox-entry"
              data-template={entry.template}
            >
              <h2 className="portal-inbox__subject" dir="auto">
                {entry.subject}
              </h2>
              <p className="portal-inbox__date">
                {format(m.received, { date: dates.format(new Date(entry.created_at)) })}
              </p>
              {entry.lines.map((line, index) => (
                <p key={index} dir="auto">
                  {line}
                </p>
              ))}
              {entry.url ? (
                <a className="button button--ghost button--small" href={entry.url}>
                  {m.open}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {entries[0] ? <MarkInboxRead newest={entries[0].created_at} /> : null}
    </>
  )
}

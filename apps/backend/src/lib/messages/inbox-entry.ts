import { messageLocale, type MessageLocale } from "./layout"
import { MESSAGE_TEMPLATES } from "./render-message"

/** One message as the portal's inbox lists it: its subject, its lines, and where its button leads. */
export type InboxEntry = {
  id: string
  template: string
  subject: string
  lines: string[]
  url: string | null
  created_at: string
}

type FeedRow = {
  id: string
  template: string
  data?: Record<string, unknown> | null
  created_at: string | Date
}

/**
 * A feed notification in the language the member reads the portal in (or the one it was sent in):
 * the same template as the email, without the email's layout. A template nobody wrote any more (a
 * message type removed since) shows its name rather than breaking the inbox.
 */
export function inboxEntry(row: FeedRow, locale?: MessageLocale): InboxEntry {
  const data = row.data ?? {}
  const render = MESSAGE_TEMPLATES[row.template]
  const created_at = new Date(row.created_at).toISOString()
  if (!render) {
    return { id: row.id, template: row.template, subject: row.template, lines: [], url: null, created_at }
  }
  const content = render(data, locale ?? messageLocale(data.locale))
  const lines = content.blocks.flatMap((block) =>
    typeof block === "string" ? [block] : "heading" in block ? [block.heading] : block.list
  )
  return {
    id: row.id,
    template: row.template,
    subject: content.subject,
    lines,
    url: content.action?.url ?? null,
    created_at,
  }
}

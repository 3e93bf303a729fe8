/** The cookie holding when the member last opened her inbox on this device (as Medusa Admin keeps its own). */
export const INBOX_SEEN_COOKIE = "bazaar_inbox_seen"

/** The moment read from the cookie, or undefined when it is missing or not a date. */
export function parseSeenAt(value: string | undefined): string | undefined {
  if (!value) {
    return undefined
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** The badge beside "Messages": nothing at zero, "9+" past nine (a phone's menu has little room). */
export function unreadBadge(count: number): string | undefined {
  if (count <= 0) {
    return undefined
  }
  return count > 9 ? "9+" : String(count)
}

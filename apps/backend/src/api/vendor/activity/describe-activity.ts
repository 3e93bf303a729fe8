/** What a change to a cooperative's records is called in its history, and which record it touched. */
export type ActivityDescription = { action: string; resource_id: string | null }

// requests that change nothing of the cooperative's records: photos waiting to be used, inbox marks
const NOT_RECORDED = new Set(["uploads", "notifications", "applications", "invites/accept"])

// path segments naming a resource, in the singular used by `action`
const RESOURCES: Record<string, string> = {
  products: "product",
  orders: "order",
  members: "member",
  invites: "member",
  certifications: "certification",
  "stand-sales": "stand_sale",
  "return-requests": "return",
  "me/vendor": "profile",
  me: "account",
}

const DONE: Record<string, string> = { POST: "created", DELETE: "removed" }

/**
 * The history entry for a /vendor/* request that succeeded, or null for one that changes nothing
 * (a read, an upload). `product.created`, `product.updated`, `product.submit`, `order.ship`,
 * `member.created` (an invitation), `profile.updated`… The record's id comes from the path, or from
 * the answer for a creation.
 */
export function describeActivity(method: string, path: string, answer: unknown): ActivityDescription | null {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") {
    return null
  }
  const segments = path
    .split("?")[0]
    .replace(/^\/vendor\/?/, "")
    .split("/")
    .filter(Boolean)
  const twoWords = segments.slice(0, 2).join("/")
  const key = RESOURCES[twoWords] ? twoWords : segments[0]
  if (!key || NOT_RECORDED.has(key) || NOT_RECORDED.has(twoWords)) {
    return null
  }
  const resource = RESOURCES[key] ?? key
  const rest = segments.slice(key.split("/").length)
  const [id, verb] = rest
  if (!id) {
    // a creation: its id is in the answer ({ product: { id } }, { certification: { id } }…)
    const created = Object.values((answer ?? {}) as Record<string, { id?: unknown } | null>).find(
      (value) => value && typeof value === "object" && typeof value.id === "string"
    )
    const action = key === "me/vendor" || key === "me" ? "updated" : (DONE[method] ?? "changed")
    return { action: `${resource}.${action}`, resource_id: (created?.id as string | undefined) ?? null }
  }
  if (verb) {
    return { action: `${resource}.${verb.replace(/-/g, "_")}`, resource_id: id }
  }
  return { action: `${resource}.${method === "DELETE" ? "removed" : "updated"}`, resource_id: id }
}

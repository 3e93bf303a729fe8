import { timingSafeEqual } from "node:crypto"
import { CACHE_TAG_VALUES } from "@bazaar/contracts"

const KNOWN_TAGS = new Set<string>(CACHE_TAG_VALUES)

export type RevalidateRequest =
  { ok: true; tags: string[] } | { ok: false; status: 400 | 401; message: string }

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Checks the backend's shared secret and that every tag is one the storefront caches with. */
export function parseRevalidateRequest(
  secretHeader: string | null,
  expectedSecret: string | undefined,
  body: unknown
): RevalidateRequest {
  if (!expectedSecret || !secretHeader || !sameSecret(secretHeader, expectedSecret)) {
    return { ok: false, status: 401, message: "Unknown or missing revalidation secret" }
  }
  const tags = (body as { tags?: unknown } | null)?.tags
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > KNOWN_TAGS.size) {
    return { ok: false, status: 400, message: `tags must list some of: ${[...KNOWN_TAGS].join(", ")}` }
  }
  const unknown = tags.filter((tag) => typeof tag !== "string" || !KNOWN_TAGS.has(tag))
  if (unknown.length) {
    return { ok: false, status: 400, message: `Unknown cache tags: ${unknown.map(String).join(", ")}` }
  }
  return { ok: true, tags: tags as string[] }
}

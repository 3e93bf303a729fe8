import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The token of a staff member's "stop the daily digest" link: an HMAC of the user id under the
 * server's JWT secret, so the link works without signing in and nobody can forge one for another
 * user. It only ever turns the digest off.
 */
export function digestUnsubscribeToken(secret: string, userId: string): string {
  return createHmac("sha256", secret).update(`bazaar:digest-unsubscribe:${userId}`).digest("base64url")
}

/** Compares in constant time; anything that is not this user's token is false. */
export function isDigestUnsubscribeToken(secret: string, userId: string, candidate: unknown): boolean {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > 128) {
    return false
  }
  const expected = Buffer.from(digestUnsubscribeToken(secret, userId))
  const given = Buffer.from(candidate)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** The backend's public address (MEDUSA_BACKEND_URL): Admin and the unsubscribe page live there. */
export function backendLink(path: string): string {
  return `${(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")}${path}`
}

/** Days a part may wait unshipped before the digest names it (STAFF_DIGEST_UNSHIPPED_DAYS, default 3). */
export function unshippedDays(): number {
  const days = Number(process.env.STAFF_DIGEST_UNSHIPPED_DAYS)
  return Number.isInteger(days) && days > 0 ? days : 3
}

import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The per-order secret that lets a shopper read an order without an account: the browser that
 * completed the checkout gets it (kept in an httpOnly cookie by the storefront) and the confirmation
 * email's link carries it. It is an HMAC of the order id under the server's JWT secret, so a retried
 * completion, or one placed by the payment webhook first, yields the same secret without storing it;
 * nobody without the server's secret can compute it from an order id.
 */
export function orderAccessToken(secret: string, orderId: string): string {
  return createHmac("sha256", secret).update(`bazaar:order-access:${orderId}`).digest("base64url")
}

/** Compares in constant time; anything that is not the order's secret is false. */
export function isOrderAccessToken(secret: string, orderId: string, candidate: unknown): boolean {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > 128) {
    return false
  }
  const expected = Buffer.from(orderAccessToken(secret, orderId))
  const given = Buffer.from(candidate)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** The header the storefront sends the secret in (never a query parameter: Medusa validates those). */
export const ORDER_ACCESS_HEADER = "x-order-token"

/** The key the tokens are signed with: the server's JWT secret (JWT_SECRET), required in production. */
export function orderAccessSecret(container: { resolve: (key: string) => unknown }): string {
  const config = container.resolve("configModule") as { projectConfig: { http: { jwtSecret?: string } } }
  const secret = config.projectConfig.http.jwtSecret
  if (!secret) {
    throw new Error("http.jwtSecret is not configured: order links cannot be signed")
  }
  return secret
}

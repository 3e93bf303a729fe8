import { createHmac, timingSafeEqual } from "node:crypto"

/** How long a link to confirm a new email works. */
export const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000

/** What the link to confirm a new email says: whose account, from which address to which, until when. */
export type EmailChange = { customer_id: string; from: string; to: string; expires_at: number }

const sign = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`bazaar:email-change:${payload}`).digest("base64url")

/**
 * The token of a link that moves an account to a new email, signed under the server's secret
 * (JWT_SECRET) like the shop's other links, nothing stored. It works once: it names the address it
 * moves from, and the account no longer has it afterwards.
 */
export function emailChangeToken(secret: string, change: EmailChange): string {
  const payload = Buffer.from(JSON.stringify(change)).toString("base64url")
  return `${payload}.${sign(secret, payload)}`
}

/** The change a token asks for, or null when it is not one of ours, was altered or has expired. */
export function readEmailChangeToken(secret: string, token: unknown, now = Date.now()): EmailChange | null {
  if (typeof token !== "string" || token.length > 2048) {
    return null
  }
  const [payload, signature, ...rest] = token.split(".")
  if (!payload || !signature || rest.length) {
    return null
  }
  const expected = Buffer.from(sign(secret, payload))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return null
  }
  try {
    const change = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as EmailChange
    const complete =
      typeof change.customer_id === "string" &&
      typeof change.from === "string" &&
      typeof change.to === "string" &&
      typeof change.expires_at === "number"
    return complete && change.expires_at > now ? change : null
  } catch {
    return null
  }
}

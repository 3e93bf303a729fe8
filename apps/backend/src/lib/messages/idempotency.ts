import { createHash } from "node:crypto"

/**
 * The idempotency key of one message: the event that caused it and its recipient, so a retried send
 * or a replayed event sends it once. Secrets (reset tokens) are hashed, never stored as keys.
 */
export function messageKey(template: string, event: string, recipient: string): string {
  return `${template}:${event}:${recipient.toLowerCase()}`
}

/** A short stable digest of a secret, to name an event without storing the secret. */
export function digest(secret: string): string {
  return createHash("sha256").update(secret).digest("hex").slice(0, 24)
}

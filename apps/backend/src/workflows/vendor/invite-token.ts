import { createHash, randomBytes } from "node:crypto"

/** A fresh invitation token (sent by mail) and the hash stored in the database. */
export function newInviteToken(): { token: string; token_hash: string } {
  const token = randomBytes(32).toString("base64url")
  return { token, token_hash: hashInviteToken(token) }
}

/** Only hashes are stored, so a database leak does not hand out invitations. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

export const INVITE_TTL_DAYS = 7

import { randomInt, scryptSync, timingSafeEqual, randomBytes } from "node:crypto"

/** How long a sign-in code works, and how many wrong tries kill it. */
export const CODE_TTL_MS = 10 * 60 * 1000
export const MAX_WRONG_ATTEMPTS = 5

/**
 * What the phone-otp provider identity keeps of the code in force: its hash only (scrypt with a salt
 * of its own), when it lapses, and the wrong tries so far. `null` fields: no code in force.
 */
export type PhoneCodeState = {
  code_hash: string | null
  code_salt: string | null
  code_expires_at: string | null
  code_attempts: number
}

export type CodeCheck = "ok" | "wrong" | "expired" | "none" | "dead"

/** A random 6-digit code, zeros kept ("004217"). */
export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0")
}

function hash(code: string, salt: string): string {
  // a cheap scrypt: a 6-digit code cannot resist offline guessing anyway; the hash keeps a stolen
  // database row from being a working code for the next 10 minutes
  return scryptSync(code, salt, 32, { N: 1024, r: 8, p: 1 }).toString("base64")
}

/** The state to store for a freshly issued code. */
export function issueState(code: string, now: Date = new Date()): PhoneCodeState {
  const salt = randomBytes(16).toString("base64")
  return {
    code_hash: hash(code, salt),
    code_salt: salt,
    code_expires_at: new Date(now.getTime() + CODE_TTL_MS).toISOString(),
    code_attempts: 0,
  }
}

/** The state once the code was used or killed: nothing left to try. */
export const SPENT_STATE: PhoneCodeState = {
  code_hash: null,
  code_salt: null,
  code_expires_at: null,
  code_attempts: 0,
}

/** Compares a typed code with the stored state, in constant time for codes of the right shape. */
export function checkCode(
  state: Partial<PhoneCodeState> | null | undefined,
  typed: string,
  now: Date = new Date()
): CodeCheck {
  if (!state?.code_hash || !state.code_salt || !state.code_expires_at) {
    return "none"
  }
  if ((state.code_attempts ?? 0) >= MAX_WRONG_ATTEMPTS) {
    return "dead"
  }
  if (new Date(state.code_expires_at).getTime() <= now.getTime()) {
    return "expired"
  }
  const expected = Buffer.from(state.code_hash, "base64")
  const actual = Buffer.from(hash(typed, state.code_salt), "base64")
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? "ok" : "wrong"
}

/** The state after a check: spent when used, expired or dead; one more wrong try otherwise. */
export function stateAfter(state: PhoneCodeState, result: CodeCheck): PhoneCodeState {
  if (result === "wrong") {
    const attempts = state.code_attempts + 1
    return attempts >= MAX_WRONG_ATTEMPTS ? SPENT_STATE : { ...state, code_attempts: attempts }
  }
  return SPENT_STATE
}

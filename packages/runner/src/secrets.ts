import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"

export type LocalSecrets = { jwtSecret: string; cookieSecret: string; revalidateSecret: string }

const newSecret = () => randomBytes(32).toString("hex")

/**
 * The backend runs in production mode, which refuses default secrets: make random ones on the
 * first start and keep them beside the data, so sessions survive a restart. A secret added in a
 * later version is made the first time it is missing.
 */
export function loadOrCreateSecrets(file: string): LocalSecrets {
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Partial<LocalSecrets>) : {}
  const secrets: LocalSecrets = {
    jwtSecret: stored.jwtSecret ?? newSecret(),
    cookieSecret: stored.cookieSecret ?? newSecret(),
    revalidateSecret: stored.revalidateSecret ?? newSecret(),
  }
  if (Object.keys(stored).length !== Object.keys(secrets).length) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  }
  return secrets
}

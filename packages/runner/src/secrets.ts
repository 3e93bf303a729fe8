import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"

export type LocalSecrets = { jwtSecret: string; cookieSecret: string }

/**
 * The backend runs in production mode, which refuses default secrets: make random ones on the
 * first start and keep them beside the data, so sessions survive a restart.
 */
export function loadOrCreateSecrets(file: string): LocalSecrets {
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets
  }
  const secrets = { jwtSecret: randomBytes(32).toString("hex"), cookieSecret: randomBytes(32).toString("hex") }
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}

import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { loadOrCreateSecrets } from "./secrets.js"

describe("loadOrCreateSecrets", () => {
  it("makes random secrets once, private to the owner, and returns the same ones afterwards", () => {
    const dir = mkdtempSync(join(tmpdir(), "bazaar-secrets-"))
    try {
      const file = join(dir, "nested", "secrets.json")
      const first = loadOrCreateSecrets(file)
      expect(first.jwtSecret).toMatch(/^[0-9a-f]{64}$/)
      expect(first.cookieSecret).not.toBe(first.jwtSecret)
      expect(statSync(file).mode & 0o077).toBe(0)
      expect(first.revalidateSecret).toMatch(/^[0-9a-f]{64}$/)
      expect(loadOrCreateSecrets(file)).toEqual(first)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("adds a secret that an older secrets file lacks, keeping the others", () => {
    const dir = mkdtempSync(join(tmpdir(), "bazaar-secrets-"))
    try {
      const file = join(dir, "secrets.json")
      writeFileSync(file, JSON.stringify({ jwtSecret: "a", cookieSecret: "b" }))
      const secrets = loadOrCreateSecrets(file)
      expect(secrets).toMatchObject({ jwtSecret: "a", cookieSecret: "b" })
      expect(secrets.revalidateSecret).toMatch(/^[0-9a-f]{64}$/)
      expect(loadOrCreateSecrets(file)).toEqual(secrets)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

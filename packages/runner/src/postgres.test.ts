import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { findFreePort } from "./ports.js"
import { checkEncoding, startEmbeddedPostgres, type PostgresHandle } from "./postgres.js"

describe("embedded PostgreSQL", () => {
  let dataDir: string
  let postgres: PostgresHandle
  const originalLang = process.env.LANG

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "bazaar-runner-test-"))
    chmodSync(dataDir, 0o755)
    // whatever the shell's locale, the cluster must come out UTF-8
    process.env.LANG = "C"
    postgres = await startEmbeddedPostgres({
      dataDir: join(dataDir, "pg"),
      port: await findFreePort(),
      databaseName: "bazaar_test",
    })
  })

  afterAll(async () => {
    process.env.LANG = originalLang
    await postgres?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it("creates the database, UTF-8 with a UTF-8 character locale", async () => {
    const report = await checkEncoding(postgres.databaseUrl)
    expect(report).toEqual({ encoding: "UTF8", ctype: "C.UTF-8", ok: true })
  })

  it("makes trigrams of Arabic text (pg_trgm needs a UTF-8 locale for that)", async () => {
    const client = new pg.Client({ connectionString: postgres.databaseUrl })
    await client.connect()
    try {
      await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm")
      const { rows } = await client.query(
        "SELECT show_trgm('زيت الأركان') AS trigrams, similarity('أركان', 'اركان') AS score"
      )
      expect(rows[0].trigrams.length).toBeGreaterThan(4)
      expect(Number(rows[0].score)).toBeGreaterThan(0.2)
    } finally {
      await client.end()
    }
  })

  it("keeps its data across a restart", async () => {
    const client = new pg.Client({ connectionString: postgres.databaseUrl })
    await client.connect()
    await client.query("CREATE TABLE IF NOT EXISTS kept (id int)")
    await client.query("INSERT INTO kept VALUES (42)")
    await client.end()

    await postgres.stop()
    postgres = await startEmbeddedPostgres({
      dataDir: join(dataDir, "pg"),
      port: postgres.port,
      databaseName: "bazaar_test",
    })

    const again = new pg.Client({ connectionString: postgres.databaseUrl })
    await again.connect()
    const { rows } = await again.query("SELECT id FROM kept")
    await again.end()
    expect(rows).toEqual([{ id: 42 }])
  })
})

import { backup, findFreePort, restore, startEmbeddedPostgres } from "@bazaar/runner"
import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { afterAll, describe, expect, inject, it } from "vitest"
import { sql } from "../support/database"
import { completeAsShopper, freshVariant, readyCart } from "../support/shop"

const COUNTS = `select
  (select count(*)::int from "order" where deleted_at is null) as orders,
  (select count(*)::int from vendor_order where deleted_at is null) as vendor_orders,
  (select count(*)::int from ledger_entry where deleted_at is null) as ledger_entries,
  (select count(*)::int from product where deleted_at is null) as products,
  (select max(id) from "order") as last_order`

describe("backups", () => {
  const workDir = mkdtempSync(join(tmpdir(), "bazaar-backup-test-"))
  // as root, the restored cluster runs as the "postgres" user, who must be able to enter the folder
  chmodSync(workDir, 0o755)
  afterAll(() => rmSync(workDir, { recursive: true, force: true }))

  it("restores into a new embedded PostgreSQL with the same orders, ledger and products, and the photos", async () => {
    const backendUrl = inject("backendUrl")
    const cartId = await readyCart(backendUrl, [(await freshVariant(backendUrl)).variantId])
    expect((await completeAsShopper(backendUrl, cartId)).status).toBe(200)
    const [before] = await sql(COUNTS)
    const uploadDir = join(inject("dataDir"), "uploads")

    const { file, manifest } = await backup({
      databaseUrl: inject("databaseUrl"),
      embeddedDataDir: join(inject("dataDir"), "postgres"),
      uploadDir,
      out: join(workDir, "backups"),
    })
    expect(file).toMatch(/bazaar-backup-\d{4}-\d{2}-\d{2}T[\d-]+Z\.tar\.gz$/)
    expect(manifest).toMatchObject({ kind: "physical", uploads: true })

    const restoredData = join(workDir, "restored", "postgres")
    const restoredUploads = join(workDir, "restored", "uploads")
    await restore({ file, embeddedDataDir: restoredData, uploadDir: restoredUploads })
    // a non-empty target is refused without --force
    await expect(restore({ file, embeddedDataDir: restoredData })).rejects.toThrow(/already holds a database/)

    const postgres = await startEmbeddedPostgres({
      dataDir: restoredData,
      port: await findFreePort(),
      databaseName: "bazaar_cluster",
    })
    try {
      const client = new pg.Client({ connectionString: postgres.databaseUrl })
      await client.connect()
      const [after] = (await client.query(COUNTS)).rows
      await client.end()
      expect(after).toEqual(before)
      expect(before.orders).toBeGreaterThan(0)
    } finally {
      await postgres.stop()
    }
    expect(readdirSync(restoredUploads).sort()).toEqual(readdirSync(uploadDir).sort())
  })
})

import { findFreePort, startEmbeddedPostgres, type PostgresHandle } from "@bazaar/runner"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

/**
 * HTTP tests need a real PostgreSQL. Use the one named by DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD
 * when set; otherwise start an embedded one for this run, in a temporary folder.
 */
export default async function setup() {
  // uploads (the seed's demo photos, tens of MB per file of tests) in a folder removed after the run
  const uploadDir = process.env.MEDUSA_UPLOAD_DIR ? null : mkdtempSync(join(tmpdir(), "bazaar-test-uploads-"))
  if (uploadDir) {
    process.env.MEDUSA_UPLOAD_DIR = uploadDir
  }
  const removeUploads = () => uploadDir && rmSync(uploadDir, { recursive: true, force: true })
  if (process.env.DB_HOST) {
    return removeUploads
  }
  const dataDir = mkdtempSync(join(tmpdir(), "bazaar-test-pg-"))
  // as root, the cluster runs as the "postgres" user, who must be able to enter the folder
  chmodSync(dataDir, 0o755)
  const postgres: PostgresHandle = await startEmbeddedPostgres({
    dataDir: join(dataDir, "data"),
    port: await findFreePort(),
    databaseName: "postgres",
  })
  // the test runner only skips SSL for hosts named "localhost"
  process.env.DB_HOST = "localhost"
  process.env.DB_PORT = String(postgres.port)
  process.env.DB_USERNAME = postgres.user
  process.env.DB_PASSWORD = postgres.password

  return async () => {
    await postgres.stop()
    rmSync(dataDir, { recursive: true, force: true })
    removeUploads()
  }
}

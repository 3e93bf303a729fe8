import pg from "pg"

/**
 * Advisory lock held while migrations run; a backend server's readiness check (`GET /health/ready`)
 * reports "migrations running" while it is taken. The same number is in
 * apps/backend/src/lib/health/migration-lock.ts.
 */
export const MIGRATION_LOCK_KEY = 7_140_411_001

/** Runs `apply` holding the migration lock, so that servers started meanwhile say they are not ready. */
export async function withMigrationLock<T>(databaseUrl: string, apply: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY])
    return await apply()
  } finally {
    // ending the session releases the lock whatever happened
    await client.end().catch(() => {})
  }
}

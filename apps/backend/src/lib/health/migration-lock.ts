/**
 * PostgreSQL advisory lock held (exclusively) by whoever applies migrations — `npm start`,
 * `npm run start:cluster` and the deployment's migrate step — while they run. Servers take it shared
 * for an instant in their readiness check: when they cannot, migrations are running and the server
 * says it is not ready. The same number is in packages/runner/src/migrations.ts.
 */
export const MIGRATION_LOCK_KEY = 7_140_411_001

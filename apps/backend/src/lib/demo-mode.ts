/**
 * Whether this start is the demo marketplace (demo data, logins printed in the README) or a
 * deployment. `BAZAAR_DEMO=true|false` decides when set; otherwise a production server on a database
 * of its own (NODE_ENV=production with DATABASE_URL) is a deployment, and anything else the demo, so
 * `npm start` on a fresh clone still shows the demo. The runner (packages/runner/src/demo-mode.ts)
 * applies the same rule and passes its answer down as BAZAAR_DEMO.
 */
export function isDemoMode(env: NodeJS.ProcessEnv = process.env): boolean {
  const explicit = env.BAZAAR_DEMO?.trim().toLowerCase()
  if (explicit === "true") {
    return true
  }
  if (explicit === "false") {
    return false
  }
  if (explicit) {
    throw new Error(`BAZAAR_DEMO=${env.BAZAAR_DEMO} is neither true nor false`)
  }
  return !(env.NODE_ENV === "production" && Boolean(env.DATABASE_URL))
}

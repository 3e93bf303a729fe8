#!/usr/bin/env node
import { randomBytes } from "node:crypto"
import { existsSync, readFileSync } from "node:fs"
import { isAbsolute, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { backup, restore } from "./backup.js"
import { startCluster } from "./cluster.js"
import { demoModeFromEnv } from "./demo-mode.js"
import { StartupError } from "./errors.js"
import { startMarketplace } from "./marketplace.js"
import { handleStopSignalsYourself, startEmbeddedPostgres, type PostgresHandle } from "./postgres.js"
import { startLocalMailbox } from "./mailbox.js"
import { startSmsRecorder } from "./sms-recorder.js"
import { isPortFree } from "./ports.js"
import { runCommand } from "./processes.js"
import { loadOrCreateSecrets } from "./secrets.js"

const MINIMUM_NODE = [20, 19] as const

type DemoAccounts = Record<"staff" | "shopper" | "member" | "weaver", { email: string; password: string }>

function say(line: string) {
  process.stdout.write(`[bazaar] ${line}\n`)
}

function fail(error: unknown): never {
  if (startup.signal.aborted) {
    say("Stopped before the start finished.")
    process.exit(0)
  }
  if (error instanceof StartupError) {
    process.stderr.write(`\n[bazaar] ✗ ${error.message}\n[bazaar]   → ${error.hint}\n`)
  } else {
    process.stderr.write(`\n[bazaar] ✗ Unexpected failure: ${(error as Error)?.stack ?? String(error)}\n`)
  }
  process.exit(1)
}

function assertNodeVersion() {
  const [major, minor] = process.versions.node.split(".").map(Number)
  if (major < MINIMUM_NODE[0] || (major === MINIMUM_NODE[0] && minor < MINIMUM_NODE[1])) {
    throw new StartupError(
      `Node.js ${process.versions.node} is too old.`,
      `Install Node.js ${MINIMUM_NODE.join(".")} or newer (20 LTS or 22), then run npm start again.`
    )
  }
}

/** A path as short as it can be read: relative inside the current folder, absolute outside it. */
function displayPath(path: string): string {
  const inside = relative(process.cwd(), path)
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside : path
}

function parsePort(name: string, value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartupError(
      `${name}=${value} is not a port number.`,
      `Set ${name} to a number between 1 and 65535.`
    )
  }
  return port
}

function portFromEnv(name: string, fallback: number): number {
  const value = process.env[name]
  return value ? parsePort(name, value) : fallback
}

/** A comma-separated list of ports, e.g. CLUSTER_SERVER_PORTS=9001,9002,9003 for three servers. */
function portsFromEnv(name: string, fallback: number[]): number[] {
  const value = process.env[name]
  return value ? value.split(",").map((part) => parsePort(name, part.trim())) : fallback
}

// Ctrl-C or SIGTERM while starting aborts the start (what was started is stopped); once running, stops it.
const startup = new AbortController()
let stopRunning: (() => Promise<void>) | undefined

function onSignal(signal: NodeJS.Signals) {
  if (startup.signal.aborted) {
    return
  }
  say(`${signal}: stopping everything…`)
  startup.abort()
  void (stopRunning ?? (async () => {}))().then(() => {
    if (stopRunning) {
      say("Stopped.")
      process.exit(0)
    }
  })
}

async function main() {
  assertNodeVersion()
  const rootDir = resolve(fileURLToPath(import.meta.url), "..", "..", "..", "..")
  if (existsSync(join(rootDir, ".env"))) {
    process.loadEnvFile(join(rootDir, ".env"))
  }
  const command = process.argv[2] ?? "start"
  const dataDir = resolve(rootDir, process.env.BAZAAR_DATA_DIR || ".data")
  const common = {
    rootDir,
    dataDir,
    backendPort: portFromEnv("BACKEND_PORT", 9000),
    storefrontPort: portFromEnv("STOREFRONT_PORT", 8000),
    postgresPort: portFromEnv("EMBEDDED_POSTGRES_PORT", 54320),
    databaseUrl: process.env.DATABASE_URL || undefined,
    databaseName: process.env.EMBEDDED_POSTGRES_DATABASE || "bazaar",
    build: process.env.BAZAAR_SKIP_BUILD !== "true",
    step: (message: string) => say(message),
  }

  if (command === "backup" || command === "restore") {
    return backupOrRestore(command, common)
  }
  if (command === "create-staff" || command === "lock-demo-logins" || command === "images:backfill") {
    return onTheDatabase(command, common)
  }
  const demo = demoModeFromEnv()

  handleStopSignalsYourself()
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)
  let marketplace: { backendUrl: string; storefrontUrl: string }
  const extraLines: string[] = []
  // Messages go to a local mailbox unless a real SMTP server is named; the backend reads SMTP_URL.
  let mailboxUrl: string | undefined
  let stopMailbox = async () => {}
  if (!process.env.SMTP_URL && (command === "start" || command === "cluster")) {
    const smtpPort = portFromEnv("MAILBOX_SMTP_PORT", 1025)
    const webPort = portFromEnv("MAILBOX_PORT", 1080)
    say(`Starting the local mailbox (SMTP on ${smtpPort}, page on http://localhost:${webPort})`)
    const mailbox = await startLocalMailbox({ smtpPort, webPort, mailDirectory: join(dataDir, "mailbox") })
    process.env.SMTP_URL = mailbox.smtpUrl
    mailboxUrl = mailbox.webUrl
    // in this process: it ends with the runner if the start fails
    stopMailbox = mailbox.stop
  }
  // SMS go to a local recorder of Twilio's API unless a real gateway is named (SMS_PROVIDER).
  let smsUrl: string | undefined
  if (!process.env.SMS_PROVIDER && (command === "start" || command === "cluster")) {
    const smsPort = portFromEnv("SMS_RECORDER_PORT", 1090)
    say(`Starting the local SMS recorder (page on http://localhost:${smsPort})`)
    const recorder = await startSmsRecorder({ port: smsPort })
    process.env.SMS_PROVIDER = "twilio"
    process.env.TWILIO_API_URL = recorder.apiUrl
    process.env.TWILIO_ACCOUNT_SID = "AClocal"
    process.env.TWILIO_AUTH_TOKEN = "local"
    process.env.SMS_FROM = process.env.SMS_FROM || "BazarSolid"
    smsUrl = recorder.webUrl
    const stopMail = stopMailbox
    stopMailbox = async () => {
      await recorder.stop()
      await stopMail()
    }
  }
  if (command === "cluster") {
    const cluster = await startCluster({
      ...common,
      serverPorts: portsFromEnv("CLUSTER_SERVER_PORTS", [9001, 9002]),
      workerPort: portFromEnv("CLUSTER_WORKER_PORT", 9010),
      redisUrl: process.env.REDIS_URL || undefined,
      redisPort: portFromEnv("REDIS_PORT", 6380),
      demo,
      signal: startup.signal,
    })
    stopRunning = async () => {
      await cluster.stop()
      await stopMailbox()
    }
    marketplace = cluster
    extraLines.push(
      `  Load balancer   ${cluster.backendUrl} → ${cluster.servers.map((server) => server.url).join(", ")}`,
      `  Readiness       ${cluster.backendUrl}/health/ready (each server: <server>/health/ready)`,
      `  Worker          ${cluster.worker.url}/health (events and scheduled jobs)`,
      `  Redis           ${cluster.redisUrl}`,
      ""
    )
  } else if (command === "start") {
    const single = await startMarketplace({ ...common, demo, signal: startup.signal })
    stopRunning = async () => {
      await single.stop()
      await stopMailbox()
    }
    marketplace = single
  } else {
    throw new StartupError(
      `Unknown command "${command}".`,
      "Use `npm start`, `npm run start:cluster`, `npm run create-staff -- <email>`, `npm run lock-demo-logins` or `npm run images:backfill`."
    )
  }

  const lines = [
    "",
    demo
      ? "Bazar Solidaire is running: the DEMO marketplace."
      : "Bazar Solidaire is running (deployment: no demo data).",
    "",
    `  Shop (French)   ${marketplace.storefrontUrl}/fr`,
    `  Shop (Arabic)   ${marketplace.storefrontUrl}/ar`,
    `  Shop (English)  ${marketplace.storefrontUrl}/en`,
    `  Staff Admin     ${marketplace.backendUrl}/app`,
    `  API health      ${marketplace.backendUrl}/health`,
    mailboxUrl
      ? `  Mailbox         ${mailboxUrl}  (every email the marketplace sends; set SMTP_URL for real delivery)`
      : `  Email           sent through ${smtpHost(process.env.SMTP_URL)}`,
    smsUrl
      ? `  SMS             ${smsUrl}  (every SMS the marketplace sends; set SMS_PROVIDER for real delivery)`
      : `  SMS             sent through ${process.env.SMS_PROVIDER}`,
    "",
    ...extraLines,
    ...(demo ? demoLines(rootDir, marketplace.storefrontUrl) : deploymentLines()),
    `  Logs in ${displayPath(join(dataDir, "logs"))}. Press Ctrl-C to stop everything.`,
    "",
  ]
  process.stdout.write(lines.join("\n") + "\n")
}

/** The SMTP server's host and port, never its credentials. */
function smtpHost(url: string | undefined): string {
  try {
    const parsed = new URL(url ?? "")
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return "SMTP_URL"
  }
}

/** The demo's public logins, and how to leave demo mode. */
function demoLines(rootDir: string, storefrontUrl: string): string[] {
  const accounts = JSON.parse(
    readFileSync(join(rootDir, "apps/backend/src/scripts/seed/demo-logins.json"), "utf8")
  ) as DemoAccounts
  return [
    `  Staff login     ${accounts.staff.email} / ${accounts.staff.password}`,
    `  Shopper login   ${accounts.shopper.email} / ${accounts.shopper.password}`,
    `  Member logins   ${accounts.member.email} / ${accounts.member.password}  (${storefrontUrl}/fr/portal)`,
    `                  ${accounts.weaver.email} / ${accounts.weaver.password}`,
    "",
    "  Demo mode: these logins are public (they are in the README). Never open this to the internet;",
    "  a deployment runs with BAZAAR_DEMO=false (docs/security.md → Production checklist).",
    "",
  ]
}

function deploymentLines(): string[] {
  return [
    "  No demo data, and no demo login works. First staff user:",
    "    STAFF_PASSWORD='…' npm run create-staff -- you@example.org [--role staff_admin] [--role cooperative_support]",
    "",
  ]
}

/**
 * `npm run create-staff -- <email>` (password from STAFF_PASSWORD, or a random one printed once)
 * and `npm run lock-demo-logins`, on the embedded PostgreSQL (started for the moment when `npm
 * start` is not running) or on DATABASE_URL.
 */
async function onTheDatabase(
  command: "create-staff" | "lock-demo-logins" | "images:backfill",
  common: {
    backendPort: number
    rootDir: string
    dataDir: string
    postgresPort: number
    databaseUrl?: string
    databaseName: string
  }
) {
  let args: string[]
  let password = ""
  let email = ""
  // `--role cooperative_support` (repeatable): staff roles, see docs/security.md "Staff roles"
  const roles: string[] = []
  if (command === "create-staff") {
    const rest = process.argv.slice(3)
    rest.forEach((arg, index) => {
      if (arg === "--role" && rest[index + 1]) {
        roles.push(rest[index + 1])
      }
    })
    email = rest.find((arg, index) => !arg.startsWith("--") && rest[index - 1] !== "--role") ?? ""
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      throw new StartupError(
        email ? `"${email}" is not an email address.` : "No email given for the new staff user.",
        "Run `npm run create-staff -- you@example.org` (set STAFF_PASSWORD to choose the password)."
      )
    }
    password = process.env.STAFF_PASSWORD || randomBytes(18).toString("base64url")
    if (password.length < 12) {
      throw new StartupError("STAFF_PASSWORD is shorter than 12 characters.", "Choose a longer password.")
    }
    args = ["medusa", "user", "-e", email, "-p", password]
  } else if (command === "images:backfill") {
    args = ["medusa", "exec", "./src/scripts/images-backfill.ts"]
  } else {
    args = ["medusa", "exec", "./src/scripts/lock-demo-logins.ts"]
  }

  await withDatabase(common, async (databaseUrl) => {
    const secrets = loadOrCreateSecrets(join(common.dataDir, "secrets.json"))
    const logFile = join(common.dataDir, "logs", `${command}.log`)
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      // where `npm start` keeps and serves uploads, for images:backfill (same defaults as the start)
      MEDUSA_UPLOAD_DIR: process.env.MEDUSA_UPLOAD_DIR || join(common.dataDir, "uploads"),
      MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || `http://localhost:${common.backendPort}`,
      JWT_SECRET: process.env.JWT_SECRET || secrets.jwtSecret,
      COOKIE_SECRET: process.env.COOKIE_SECRET || secrets.cookieSecret,
    }
    await runCommand(
      command === "create-staff"
        ? "Creating the staff user"
        : command === "images:backfill"
          ? "Making the variants of older photos"
          : "Locking the demo logins",
      "npx",
      args,
      {
        cwd: join(common.rootDir, "apps", "backend"),
        env,
        logFile,
        hint:
          command === "create-staff"
            ? "An email that already has a staff user is refused: sign in with it, or choose another email."
            : `Read ${displayPath(logFile)}.`,
      }
    )
    if (command === "create-staff" && roles.length) {
      await runCommand(
        "Giving the staff roles",
        "npx",
        ["medusa", "exec", "./src/scripts/grant-staff-roles.ts"],
        {
          cwd: join(common.rootDir, "apps", "backend"),
          env: { ...env, STAFF_EMAIL: email, STAFF_ROLES: roles.join(",") },
          logFile,
          hint: `Roles are among cooperative_support and staff_admin. Read ${displayPath(logFile)}.`,
        }
      )
    }
    if (command === "lock-demo-logins") {
      say(tailLine(logFile, /Locked|No demo login/) ?? "Done.")
    }
    if (command === "images:backfill") {
      say(tailLine(logFile, /\[Photos\]/) ?? "Done.")
    }
  })
  if (command === "create-staff") {
    say(
      `Staff user ${email} created${roles.length ? ` (roles: ${roles.join(", ")})` : ""}: sign in to the Admin (/app).`
    )
    if (!process.env.STAFF_PASSWORD) {
      say(`Its password, shown only this once: ${password}`)
    }
  }
}

/** The last line of a log matching a pattern, without the logger's decoration. */
function tailLine(file: string, pattern: RegExp): string | undefined {
  const line = readFileSync(file, "utf8")
    .split("\n")
    .reverse()
    .find((candidate) => pattern.test(candidate))
  return line?.replace(/^.*?(Locked|No demo login)/, "$1")
}

/** Runs `work` on DATABASE_URL, or on the embedded PostgreSQL (started for the moment if it is not running). */
async function withDatabase(
  common: { dataDir: string; postgresPort: number; databaseUrl?: string; databaseName: string },
  work: (databaseUrl: string) => Promise<void>
) {
  if (common.databaseUrl) {
    return work(common.databaseUrl)
  }
  const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${common.postgresPort}/${common.databaseName}`
  let postgres: PostgresHandle | undefined
  if (await isPortFree(common.postgresPort)) {
    if (!existsSync(join(common.dataDir, "postgres"))) {
      throw new StartupError(
        `No database in ${displayPath(join(common.dataDir, "postgres"))} yet.`,
        "Run `npm start` once first (or set DATABASE_URL)."
      )
    }
    say("Starting the embedded PostgreSQL for the moment")
    postgres = await startEmbeddedPostgres({
      dataDir: join(common.dataDir, "postgres"),
      port: common.postgresPort,
      databaseName: common.databaseName,
    })
  }
  try {
    await work(databaseUrl)
  } finally {
    await postgres?.stop()
  }
}

/**
 * `npm run backup [-- <folder or file>]` and `npm run restore -- <file> [--force]`, on the embedded
 * PostgreSQL (started for the moment when `npm start` is not running) or on DATABASE_URL.
 */
async function backupOrRestore(
  command: "backup" | "restore",
  common: { dataDir: string; postgresPort: number; databaseUrl?: string; databaseName: string }
) {
  const args = process.argv.slice(3)
  const force = args.includes("--force")
  const [path] = args.filter((arg) => !arg.startsWith("--"))
  const uploadDir = process.env.MEDUSA_UPLOAD_DIR || join(common.dataDir, "uploads")
  const embeddedDataDir = join(common.dataDir, "postgres")

  if (command === "restore") {
    if (!path) {
      throw new StartupError("No backup file given.", "Run `npm run restore -- <file> [--force]`.")
    }
    if (!common.databaseUrl && !(await isPortFree(common.postgresPort))) {
      throw new StartupError(
        `The embedded PostgreSQL is running (port ${common.postgresPort}).`,
        "Stop the marketplace (Ctrl-C) before restoring into it."
      )
    }
    const manifest = await restore({
      file: path,
      databaseUrl: common.databaseUrl,
      embeddedDataDir: common.databaseUrl ? undefined : embeddedDataDir,
      uploadDir,
      force,
    })
    say(
      `Restored the backup of ${manifest.created_at} (${manifest.kind}, PostgreSQL ${manifest.server_version}).`
    )
    say("Start the marketplace (`npm start` or `npm run start:cluster`) and check the last orders in Admin.")
    return
  }

  let postgres: PostgresHandle | undefined
  let databaseUrl = common.databaseUrl
  if (!databaseUrl) {
    databaseUrl = `postgres://postgres:postgres@127.0.0.1:${common.postgresPort}/${common.databaseName}`
    if (await isPortFree(common.postgresPort)) {
      say("Starting the embedded PostgreSQL for the backup")
      postgres = await startEmbeddedPostgres({
        dataDir: embeddedDataDir,
        port: common.postgresPort,
        databaseName: common.databaseName,
      })
    }
  }
  try {
    const { file, manifest } = await backup({
      databaseUrl,
      embeddedDataDir: common.databaseUrl ? undefined : embeddedDataDir,
      uploadDir,
      out: path ?? join(common.dataDir, "backups"),
    })
    say(`Backup written: ${displayPath(file)} (${manifest.kind}, PostgreSQL ${manifest.server_version}).`)
  } finally {
    await postgres?.stop()
  }
}

main().catch(fail)

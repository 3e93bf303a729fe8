#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs"
import { isAbsolute, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { StartupError } from "./errors.js"
import { startMarketplace } from "./marketplace.js"

const MINIMUM_NODE = [20, 19] as const

type DemoAccounts = Record<"staff" | "shopper" | "member" | "weaver", { email: string; password: string }>

function say(line: string) {
  process.stdout.write(`[bazaar] ${line}\n`)
}

function fail(error: unknown): never {
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

function portFromEnv(name: string, fallback: number): number {
  const value = process.env[name]
  if (!value) {
    return fallback
  }
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartupError(
      `${name}=${value} is not a port number.`,
      `Set ${name} to a number between 1 and 65535.`
    )
  }
  return port
}

async function main() {
  assertNodeVersion()
  const rootDir = resolve(fileURLToPath(import.meta.url), "..", "..", "..", "..")
  if (existsSync(join(rootDir, ".env"))) {
    process.loadEnvFile(join(rootDir, ".env"))
  }

  const dataDir = resolve(rootDir, process.env.BAZAAR_DATA_DIR || ".data")
  const marketplace = await startMarketplace({
    rootDir,
    dataDir,
    backendPort: portFromEnv("BACKEND_PORT", 9000),
    storefrontPort: portFromEnv("STOREFRONT_PORT", 8000),
    postgresPort: portFromEnv("EMBEDDED_POSTGRES_PORT", 54320),
    databaseUrl: process.env.DATABASE_URL || undefined,
    databaseName: process.env.EMBEDDED_POSTGRES_DATABASE || "bazaar",
    build: process.env.BAZAAR_SKIP_BUILD !== "true",
    step: (message) => say(message),
  })

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) {
      return
    }
    stopping = true
    say(`${signal}: stopping the storefront, the backend and PostgreSQL…`)
    await marketplace.stop()
    say("Stopped.")
    process.exit(0)
  }
  process.on("SIGINT", () => void stop("SIGINT"))
  process.on("SIGTERM", () => void stop("SIGTERM"))

  const accounts = JSON.parse(
    readFileSync(join(rootDir, "apps/backend/src/scripts/seed/demo-logins.json"), "utf8")
  ) as DemoAccounts
  const lines = [
    "",
    "Bazar Solidaire is running.",
    "",
    `  Shop (French)   ${marketplace.storefrontUrl}/fr`,
    `  Shop (Arabic)   ${marketplace.storefrontUrl}/ar`,
    `  Shop (English)  ${marketplace.storefrontUrl}/en`,
    `  Staff Admin     ${marketplace.backendUrl}/app`,
    `  API health      ${marketplace.backendUrl}/health`,
    "",
    `  Staff login     ${accounts.staff.email} / ${accounts.staff.password}`,
    `  Shopper login   ${accounts.shopper.email} / ${accounts.shopper.password}`,
    `  Member logins   ${accounts.member.email} / ${accounts.member.password}  (${marketplace.storefrontUrl}/fr/portal)`,
    `                  ${accounts.weaver.email} / ${accounts.weaver.password}`,
    "",
    `  Logs in ${displayPath(join(dataDir, "logs"))}. Press Ctrl-C to stop everything.`,
    "",
  ]
  process.stdout.write(lines.join("\n") + "\n")
}

main().catch(fail)

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { MIGRATION_LOCK_KEY } from "./migration-lock"

export type CheckResult = "up" | "not used" | "done" | string
export type Readiness = {
  ready: boolean
  checks: Record<"server" | "database" | "migrations" | "redis", CheckResult>
}

// a check that hangs is a failed check: the load balancer asks every second
const CHECK_TIMEOUT_MS = 1_500

let redis: Redis | undefined
let shuttingDown = false

// Medusa stops accepting connections on SIGTERM and finishes the requests in flight; from then on
// this server tells anyone still asking (over a kept-alive connection) not to send it more.
process.once("SIGTERM", () => {
  shuttingDown = true
})

/** Whether this server can serve requests now: its database, its Redis, and no migration running. */
export async function checkReadiness(container: MedusaContainer): Promise<Readiness> {
  const [database, redisCheck] = await Promise.all([checkDatabase(container), checkRedis()])
  const checks = {
    server: shuttingDown ? "shutting down" : "up",
    database: database.database,
    migrations: database.migrations,
    redis: redisCheck,
  }
  const ready =
    checks.server === "up" &&
    checks.database === "up" &&
    checks.migrations === "done" &&
    (checks.redis === "up" || checks.redis === "not used")
  return { ready, checks }
}

async function checkDatabase(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  try {
    // one statement tells both: the database answers, and nobody holds the migration lock
    const result = await withTimeout(
      knex.raw("select pg_try_advisory_xact_lock_shared(?) as free", [MIGRATION_LOCK_KEY]),
      "database"
    )
    const free = (result as { rows: { free: boolean }[] }).rows[0]?.free
    return { database: "up", migrations: free ? "done" : "running" }
  } catch (error) {
    return { database: `down: ${(error as Error).message}`, migrations: "unknown" }
  }
}

async function checkRedis(): Promise<CheckResult> {
  const url = process.env.REDIS_URL
  if (!url) {
    return "not used"
  }
  // fails at once while disconnected (no offline queue) and reconnects by itself in the background
  if (!redis) {
    redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: CHECK_TIMEOUT_MS,
      retryStrategy: () => 500,
    })
    // connection errors are reported by the check itself
    redis.on("error", () => {})
  }
  try {
    if (redis.status !== "ready") {
      // the first check of a new process waits for the connection rather than failing at once
      await connected(redis)
    }
    return (await withTimeout(redis.ping(), "redis")) === "PONG" ? "up" : "down"
  } catch (error) {
    return `down: ${(error as Error).message}`
  }
}

function connected(client: Redis): Promise<void> {
  return new Promise((resolve, reject) => {
    const onReady = () => {
      clearTimeout(timer)
      resolve()
    }
    const timer = setTimeout(() => {
      client.off("ready", onReady)
      reject(new Error(`redis not connected after ${CHECK_TIMEOUT_MS} ms`))
    }, CHECK_TIMEOUT_MS)
    client.once("ready", onReady)
  })
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer in ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS
    )
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

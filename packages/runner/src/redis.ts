import { spawnSync } from "node:child_process"
import { mkdirSync } from "node:fs"
import { createConnection } from "node:net"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { StartupError } from "./errors.js"
import { assertPortFree } from "./ports.js"
import { startService, tail, type ServiceProcess } from "./processes.js"

export type RedisHandle = {
  /** What the backend's REDIS_URL is set to. */
  url: string
  /** True when this runner started the server (and stops it). */
  local: boolean
  /** Stops a local server; leaves one named by REDIS_URL alone. */
  stop: () => Promise<void>
}

export type LocalRedisOptions = {
  /** Holds the server's working folder (`redis/`) and its log (`logs/redis.log`). */
  dataDir: string
  port: number
  /** The binary to run (Debian's package installs /usr/bin/redis-server). */
  command?: string
}

/**
 * Starts a `redis-server` of its own on a port of its own, in its own process group, with its data
 * in `<dataDir>/redis`. It keeps an append-only file, as a production Redis should: the queued events
 * and the scheduled jobs' timetable live only in Redis, and without it a restart of Redis silently
 * stops every scheduled job until the worker restarts (seen in the cluster tests).
 */
export async function startLocalRedis(options: LocalRedisOptions): Promise<RedisHandle & ServiceProcess> {
  const command = options.command ?? "redis-server"
  if (!hasCommand(command)) {
    throw new StartupError(
      `${command} is not installed: the cluster needs a Redis server.`,
      "Install it (`apt-get install redis-server` on Debian/Ubuntu), or set REDIS_URL to a Redis you run."
    )
  }
  await assertPortFree(options.port, "Redis", "REDIS_PORT")
  const workDir = join(options.dataDir, "redis")
  mkdirSync(workDir, { recursive: true })
  const service = startService(
    "redis",
    command,
    [
      "--port",
      String(options.port),
      "--bind",
      "127.0.0.1",
      "--dir",
      workDir,
      "--save",
      "",
      "--appendonly",
      "yes",
      "--appendfsync",
      "everysec",
      // BullMQ (Medusa's event bus and workflow engine) requires keys never to be evicted
      "--maxmemory-policy",
      "noeviction",
    ],
    { cwd: workDir, env: process.env, logFile: join(options.dataDir, "logs", "redis.log") }
  )
  const url = `redis://127.0.0.1:${options.port}`
  if (!(await waitForRedis(url, 10_000, service.isAlive))) {
    await service.stop()
    throw new StartupError(
      `Redis did not start on port ${options.port}. Last lines of ${service.logFile}:\n${tail(service.logFile, 10)}`,
      `Read ${service.logFile}; choose another port with REDIS_PORT, or set REDIS_URL.`
    )
  }
  return Object.assign(service, { url, local: true })
}

/** Uses the Redis named by REDIS_URL after checking that it answers. */
export async function useExternalRedis(url: string): Promise<RedisHandle> {
  if (!(await waitForRedis(url, 5_000))) {
    throw new StartupError(
      `Redis at ${new URL(url).host} (REDIS_URL) does not answer.`,
      "Start that Redis, fix REDIS_URL, or unset it to let the cluster start a local one."
    )
  }
  return { url, local: false, stop: async () => {} }
}

/** Polls Redis with PING until it answers PONG, or gives up after `timeoutMs`. */
export async function waitForRedis(
  url: string,
  timeoutMs: number,
  isAlive?: () => boolean
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (isAlive && !isAlive()) {
      return false
    }
    if (await pingRedis(url)) {
      return true
    }
    await sleep(200)
  }
  return false
}

/** One PING over a plain socket (with AUTH when the URL carries a password): no client library needed. */
export function pingRedis(url: string, timeoutMs = 1_000): Promise<boolean> {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  const user = decodeURIComponent(parsed.username)
  const commands = [...(password ? [user ? ["AUTH", user, password] : ["AUTH", password]] : []), ["PING"]]
  const payload = commands
    .map(
      (args) => `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join("")}`
    )
    .join("")
  return new Promise((resolve) => {
    const socket = createConnection({ host: parsed.hostname, port: Number(parsed.port || 6379) })
    let answer = ""
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("error", () => done(false))
    socket.once("connect", () => socket.write(payload))
    socket.on("data", (chunk) => {
      answer += chunk.toString()
      if (answer.includes("+PONG")) {
        done(true)
      } else if (answer.startsWith("-") || answer.includes("\r\n-")) {
        done(false)
      }
    })
  })
}

function hasCommand(command: string): boolean {
  return spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0
}

import { join, resolve } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import {
  expectUp,
  medusaStartCommand,
  prepareBackend,
  preparePostgres,
  type PreparedBackend,
} from "./backend.js"
import { StartupError } from "./errors.js"
import { startLoadBalancer, type RunningLoadBalancer } from "./load-balancer.js"
import { stopper, type Stoppable } from "./marketplace.js"
import { assertPortFree } from "./ports.js"
import type { PostgresHandle } from "./postgres.js"
import { startService, type ServiceProcess } from "./processes.js"
import { startLocalRedis, useExternalRedis, type RedisHandle } from "./redis.js"

export type ClusterOptions = {
  /** The repository root (holds apps/backend and apps/storefront). */
  rootDir: string
  /** Where the embedded PostgreSQL, the local Redis, uploads, secrets and logs live. */
  dataDir: string
  /** The load balancer's port: the backend's one public address (API and Admin). */
  backendPort: number
  /** One Medusa server (`MEDUSA_WORKER_MODE=server`) per port. */
  serverPorts: number[]
  /** The worker (`MEDUSA_WORKER_MODE=worker`) answers only `/health` on it. */
  workerPort: number
  storefrontPort: number
  /** Used when `databaseUrl` is not given. */
  postgresPort: number
  databaseUrl?: string
  databaseName: string
  /** A Redis to use; without it a local `redis-server` is started on `redisPort`. */
  redisUrl?: string
  redisPort: number
  build: boolean
  /**
   * The demo marketplace (demo data and logins, loaded once) or a deployment (store, regions and
   * key only, and a refusal to start while a demo password works). Default: the demo.
   */
  demo?: boolean
  /** Extra environment for every backend process. */
  env?: NodeJS.ProcessEnv
  step?: (message: string) => void
  /** Aborting it (Ctrl-C during the start) stops whatever was started so far. */
  signal?: AbortSignal
}

/** One Medusa process of the cluster, which tests (and operators) may stop, kill and start again. */
export type MedusaProcess = {
  name: string
  mode: "server" | "worker"
  url: string
  logFile: string
  isAlive: () => boolean
  /** Sends a signal to the process group (e.g. SIGTERM to drain and stop, SIGKILL to crash it). */
  signal: (signal: NodeJS.Signals) => void
  /** Waits for the process to exit. */
  exited: () => Promise<void>
  /** Starts it again (after it stopped) and waits until it answers `/health`. */
  start: () => Promise<void>
  stop: () => Promise<void>
  terminate: () => void
}

export type RunningCluster = {
  /** The load balancer in front of the servers. */
  backendUrl: string
  storefrontUrl: string
  databaseUrl: string
  redisUrl: string
  publishableKey: string
  postgres: PostgresHandle
  servers: MedusaProcess[]
  worker: MedusaProcess
  loadBalancer: RunningLoadBalancer
  /** Stops the local Redis and starts it again, empty, on the same port (only when the runner started it). */
  restartRedis: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * The production shape on one machine: PostgreSQL, Redis, several Medusa servers behind a load
 * balancer, one worker for events and scheduled jobs, and the storefront. Same preparation as
 * `startMarketplace` (builds, migrations, demo data once); on any failure, stops what it started.
 */
export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
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
    await assertPortFree(options.backendPort, "load balancer", "BACKEND_PORT")
    await assertPortFree(options.storefrontPort, "storefront", "STOREFRONT_PORT")
    for (const port of options.serverPorts) {
      await assertPortFree(port, "backend server", "CLUSTER_SERVER_PORTS")
    }
    await assertPortFree(options.workerPort, "backend worker", "CLUSTER_WORKER_PORT")

    const postgres = await preparePostgres({ ...options, dataDir, step })
    started.push(postgres)

    let redis: RedisHandle
    if (options.redisUrl) {
      step("Using Redis from REDIS_URL")
      redis = await useExternalRedis(options.redisUrl)
    } else {
      step(`Starting Redis on port ${options.redisPort} (data in ${join(dataDir, "redis")})`)
      redis = await startLocalRedis({ dataDir, port: options.redisPort })
    }
    // stopped last of all, not signalled with the others: the servers still need it while they drain
    const redisSlot: Stoppable = { stop: () => redis.stop() }
    started.push(redisSlot)

    const backend = await prepareBackend({
      rootDir,
      dataDir,
      postgres,
      backendUrl,
      storefrontUrl,
      build: options.build,
      demo: options.demo ?? true,
      env: { ...options.env, REDIS_URL: redis.url },
      step,
    })

    const servers = options.serverPorts.map((port, index) =>
      medusaProcess(`server-${index + 1}`, "server", port, backend)
    )
    const worker = medusaProcess("worker", "worker", options.workerPort, backend)
    started.push(...servers, worker)

    // the first server alone: a fresh database gets Medusa's defaults and the search index filled once
    step(`Starting ${servers.length} backend servers and a worker on Redis`)
    await servers[0].start()
    await Promise.all([...servers.slice(1), worker].map((process) => process.start()))

    step(`Starting the load balancer on ${backendUrl}`)
    const loadBalancer = await startLoadBalancer({
      port: options.backendPort,
      upstreams: servers.map((server) => ({ name: server.name, url: server.url })),
    })
    started.push(loadBalancer)
    await waitUntilReady(loadBalancer, 60_000)

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

    const restartRedis = async () => {
      if (!redis.local) {
        throw new Error("Redis comes from REDIS_URL: restart it where it runs.")
      }
      await redis.stop()
      redis = await startLocalRedis({ dataDir, port: options.redisPort })
    }

    // from here on, stopping is the caller's (RunningMarketplace.stop)
    options.signal?.removeEventListener("abort", onAbort)
    return {
      backendUrl,
      storefrontUrl,
      databaseUrl: postgres.databaseUrl,
      redisUrl: redis.url,
      publishableKey: backend.publishableKey,
      postgres,
      servers,
      worker,
      loadBalancer,
      restartRedis,
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}

function medusaProcess(
  name: string,
  mode: "server" | "worker",
  port: number,
  backend: PreparedBackend
): MedusaProcess {
  const url = `http://localhost:${port}`
  const logFile = join(backend.logDir, `backend-${name}.log`)
  const { command, args } = medusaStartCommand(backend.backendDir, port)
  let service: ServiceProcess | undefined
  let exitedPromise: Promise<void> = Promise.resolve()

  return {
    name,
    mode,
    url,
    logFile,
    isAlive: () => service?.isAlive() ?? false,
    signal(signal) {
      if (service?.isAlive() && service.child.pid !== undefined) {
        try {
          process.kill(-service.child.pid, signal)
        } catch {
          // already gone
        }
      }
    },
    exited: () => exitedPromise,
    async start() {
      if (service?.isAlive()) {
        return
      }
      service = startService(name, command, args, {
        cwd: backend.serverDir,
        env: {
          ...backend.env,
          NODE_ENV: "production",
          PORT: String(port),
          MEDUSA_WORKER_MODE: mode,
          // served over plain http on this machine: the Admin's session cookie cannot be Secure
          MEDUSA_INSECURE_COOKIES: "true",
          // behind the load balancer, which appends the caller's address to X-Forwarded-For
          TRUST_PROXY: "1",
        },
        logFile,
      })
      const child = service.child
      exitedPromise = new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve()
        } else {
          child.once("exit", () => resolve())
        }
      })
      await expectUp(service, `${url}/health`, 180_000)
    },
    stop: async () => {
      await service?.stop()
    },
    terminate: () => service?.terminate(),
  }
}

async function waitUntilReady(loadBalancer: RunningLoadBalancer, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    await loadBalancer.checkNow()
    const upstreams = loadBalancer.upstreams()
    if (upstreams.every((upstream) => upstream.ready)) {
      return
    }
    if (Date.now() > deadline) {
      const down = upstreams.filter((upstream) => !upstream.ready)
      throw new StartupError(
        `Backend servers not ready: ${down.map((upstream) => `${upstream.name} (${upstream.lastError})`).join(", ")}.`,
        "Read their logs (backend-server-N.log) and GET /health/ready on each for what is down."
      )
    }
    await sleep(500)
  }
}

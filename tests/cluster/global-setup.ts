import { findFreePort, startCluster } from "@bazaar/runner"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import type { TestProject } from "vitest/node"
import { startControlServer } from "./support/control-server"

declare module "vitest" {
  export interface ProvidedContext {
    /** The load balancer: what shoppers, the storefront and Admin talk to. */
    backendUrl: string
    serverUrls: string[]
    workerUrl: string
    storefrontUrl: string
    publishableKey: string
    databaseUrl: string
    redisUrl: string
    logDir: string
    dataDir: string
    controlUrl: string
    startedAt: number
  }
}

/**
 * Starts the production shape once for every file, as `npm run start:cluster` does: a fresh embedded
 * PostgreSQL, a Redis of its own, migrations, the demo data, two servers behind the load balancer, a
 * worker and the storefront, all on free ports. Turbo builds both apps before this package's tests.
 */
export default async function setup(project: TestProject) {
  const rootDir = resolve(fileURLToPath(import.meta.url), "..", "..", "..")
  const dataDir = mkdtempSync(join(tmpdir(), "bazaar-cluster-"))
  // as root, the embedded cluster runs as the "postgres" user, who must be able to enter the folder
  chmodSync(dataDir, 0o755)
  const startedAt = Date.now()

  const cluster = await startCluster({
    rootDir,
    dataDir,
    backendPort: await findFreePort(),
    serverPorts: [await findFreePort(), await findFreePort()],
    workerPort: await findFreePort(),
    storefrontPort: await findFreePort(),
    postgresPort: await findFreePort(),
    redisPort: await findFreePort(),
    databaseName: "bazaar_cluster",
    build: false,
    step: (message) => console.log(`[cluster] ${message} (${Math.round((Date.now() - startedAt) / 1000)} s)`),
  }).catch((error) => {
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  })
  const control = await startControlServer(cluster)

  project.provide("backendUrl", cluster.backendUrl)
  project.provide(
    "serverUrls",
    cluster.servers.map((server) => server.url)
  )
  project.provide("workerUrl", cluster.worker.url)
  project.provide("storefrontUrl", cluster.storefrontUrl)
  project.provide("publishableKey", cluster.publishableKey)
  project.provide("databaseUrl", cluster.databaseUrl)
  project.provide("redisUrl", cluster.redisUrl)
  project.provide("logDir", join(dataDir, "logs"))
  project.provide("dataDir", dataDir)
  project.provide("controlUrl", control.url)
  project.provide("startedAt", startedAt)

  return async () => {
    await control.stop()
    await cluster.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

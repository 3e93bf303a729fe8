import { findFreePort, startMarketplace } from "@bazaar/runner"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import type { TestProject } from "vitest/node"

declare module "vitest" {
  export interface ProvidedContext {
    storefrontUrl: string
    backendUrl: string
    publishableKey: string
  }
}

/**
 * Starts the whole marketplace as `npm start` does — a fresh embedded PostgreSQL, migrations, the
 * demo data, the built backend and storefront — on free ports, so journeys run beside a developer's
 * own servers. Turbo builds both apps before this package's tests.
 */
export default async function setup(project: TestProject) {
  const rootDir = resolve(fileURLToPath(import.meta.url), "..", "..", "..")
  const dataDir = mkdtempSync(join(tmpdir(), "bazaar-e2e-"))
  // as root, the embedded cluster runs as the "postgres" user, who must be able to enter the folder
  chmodSync(dataDir, 0o755)

  const marketplace = await startMarketplace({
    rootDir,
    dataDir,
    backendPort: await findFreePort(),
    storefrontPort: await findFreePort(),
    postgresPort: await findFreePort(),
    databaseName: "bazaar_e2e",
    build: false,
    step: (message) => console.log(`[e2e] ${message}`),
  }).catch((error) => {
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  })

  project.provide("storefrontUrl", marketplace.storefrontUrl)
  project.provide("backendUrl", marketplace.backendUrl)
  project.provide("publishableKey", marketplace.publishableKey)

  return async () => {
    await marketplace.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

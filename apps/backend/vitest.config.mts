import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    // medusaIntegrationTestRunner registers its hooks through jest-style globals
    globals: true,
    // each HTTP test file boots a whole Medusa app against its own database: one at a time
    pool: "forks",
    fileParallelism: false,
    hookTimeout: 300_000,
    testTimeout: 120_000,
    setupFiles: ["./vitest.setup.ts"],
    globalSetup: ["./integration-tests/global-setup.ts"],
    include: ["src/**/*.test.ts", "integration-tests/**/*.spec.ts"],
  },
})

import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    // the cluster is started once for all files (global-setup.ts), from the built apps
    globalSetup: ["./global-setup.ts"],
    include: ["cases/**/*.spec.ts"],
    fileParallelism: false,
    hookTimeout: 240_000,
    testTimeout: 240_000,
  },
})

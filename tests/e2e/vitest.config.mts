import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    // the marketplace is started once for all journeys (global-setup.ts), from the built apps
    globalSetup: ["./global-setup.ts"],
    include: ["journeys/**/*.spec.ts"],
    fileParallelism: false,
    hookTimeout: 120_000,
    testTimeout: 180_000,
  },
})

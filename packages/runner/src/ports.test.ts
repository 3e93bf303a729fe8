import { createServer } from "node:net"
import { describe, expect, it } from "vitest"
import { StartupError } from "./errors.js"
import { assertPortFree, findFreePort, isPortFree } from "./ports.js"

describe("ports", () => {
  it("tells a free port from a taken one, with a hint naming the variable to change", async () => {
    const port = await findFreePort()
    expect(await isPortFree(port)).toBe(true)

    const server = createServer().listen(port, "0.0.0.0")
    await new Promise((resolve) => server.once("listening", resolve))
    try {
      expect(await isPortFree(port)).toBe(false)
      const error = await assertPortFree(port, "backend", "BACKEND_PORT").catch((e) => e)
      expect(error).toBeInstanceOf(StartupError)
      expect(error.message).toContain(String(port))
      expect(error.hint).toContain("BACKEND_PORT")
    } finally {
      server.close()
    }
  })
})

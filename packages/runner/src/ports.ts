import { createServer } from "node:net"
import { StartupError } from "./errors.js"

export function isPortFree(port: number, host = "0.0.0.0"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, host)
  })
}

export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new StartupError(
      `Port ${port} (${what}) is already in use.`,
      `Stop whatever listens on ${port} (\`ss -ltnp | grep :${port}\`) or choose another port with ${variable}=<port>.`
    )
  }
}

/** Asks the system for a port nobody uses right now (for tests that run beside a developer's servers). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))
      )
    })
  })
}

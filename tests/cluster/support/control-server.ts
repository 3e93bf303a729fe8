import type { MedusaProcess, RunningCluster } from "@bazaar/runner"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * The cluster's processes live in vitest's main process (global setup), the tests in workers: this
 * loopback endpoint lets a test stop, crash and restart them there.
 *   POST /processes/:name/signal/:signal   POST /processes/:name/exited   POST /processes/:name/start
 *   POST /redis/restart
 */
export async function startControlServer(
  cluster: RunningCluster
): Promise<{ url: string; stop: () => Promise<void> }> {
  const processes = new Map<string, MedusaProcess>(
    [...cluster.servers, cluster.worker].map((process) => [process.name, process])
  )
  const server: Server = createServer(async (req, res) => {
    const parts = (req.url ?? "").split("/").filter(Boolean)
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(body))
    }
    try {
      if (parts[0] === "redis" && parts[1] === "restart") {
        await cluster.restartRedis()
        return reply(200, { restarted: "redis" })
      }
      const target = parts[0] === "processes" ? processes.get(parts[1]) : undefined
      if (!target) {
        return reply(404, { message: `unknown ${req.url}` })
      }
      if (parts[2] === "signal") {
        target.signal(parts[3] as NodeJS.Signals)
      } else if (parts[2] === "exited") {
        await target.exited()
      } else if (parts[2] === "start") {
        await target.start()
      } else {
        return reply(404, { message: `unknown ${req.url}` })
      }
      return reply(200, { name: target.name, alive: target.isAlive() })
    } catch (error) {
      return reply(500, { message: (error as Error).message })
    }
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

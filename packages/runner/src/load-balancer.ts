import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

export type Upstream = { name: string; url: string }

export type LoadBalancerOptions = {
  port: number
  host?: string
  upstreams: Upstream[]
  /** Asked on each upstream every `checkIntervalMs`; a status other than 2xx takes it out of rotation. */
  readinessPath?: string
  checkIntervalMs?: number
  /** Largest request body kept in memory to be replayed on another server (bigger ones are not retried). */
  maxReplayBytes?: number
}

export type UpstreamState = Upstream & { ready: boolean; requests: number; lastError?: string }

export type RunningLoadBalancer = {
  url: string
  port: number
  upstreams: () => UpstreamState[]
  /** Checks every upstream's readiness now (rather than at the next interval). */
  checkNow: () => Promise<void>
  stop: () => Promise<void>
}

// Methods a client may send twice with the same effect (RFC 9110 §9.2.2): replayed after a connection
// error. Others only when the connection was refused, i.e. the server never saw the request.
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"])
const HOP_BY_HOP = [
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
]

/**
 * A small HTTP load balancer for the backend servers: round-robin over the servers whose readiness
 * check passes, one retry on another server when a connection fails, `x-served-by` naming the server
 * that answered. Enough for one machine; a real deployment puts its host's balancer here.
 */
export async function startLoadBalancer(options: LoadBalancerOptions): Promise<RunningLoadBalancer> {
  const readinessPath = options.readinessPath ?? "/health/ready"
  const maxReplayBytes = options.maxReplayBytes ?? 10 * 1024 * 1024
  const states: UpstreamState[] = options.upstreams.map((upstream) => ({
    ...upstream,
    ready: false,
    requests: 0,
  }))
  const agent = new Agent({ keepAlive: true, maxSockets: 256 })
  let next = 0

  /** Ready servers first, in round-robin order; the others after them, as a last resort. */
  function candidates(): UpstreamState[] {
    const start = next++ % states.length
    const ordered = [...states.slice(start), ...states.slice(0, start)]
    return [...ordered.filter((state) => state.ready), ...ordered.filter((state) => !state.ready)]
  }

  async function check(state: UpstreamState) {
    try {
      const response = await fetch(new URL(readinessPath, state.url), { signal: AbortSignal.timeout(2_000) })
      await response.arrayBuffer()
      state.ready = response.ok
      state.lastError = response.ok ? undefined : `readiness ${response.status}`
    } catch (error) {
      state.ready = false
      state.lastError = (error as Error).message
    }
  }
  const checkNow = async () => {
    await Promise.all(states.map(check))
  }
  const timer = setInterval(() => void checkNow(), options.checkIntervalMs ?? 1_000)
  timer.unref()
  await checkNow()

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxReplayBytes) {
        chunks.push(chunk)
      }
    })
    req.on("end", () => {
      if (size > maxReplayBytes) {
        res.writeHead(413, { "content-type": "application/json" })
        res.end(JSON.stringify({ message: "Request body too large" }))
        return
      }
      void forward(req, res, Buffer.concat(chunks), candidates())
    })
  })

  async function forward(req: IncomingMessage, res: ServerResponse, body: Buffer, order: UpstreamState[]) {
    const method = req.method ?? "GET"
    let outcome: Awaited<ReturnType<typeof send>> = "refused"
    for (let attempt = 0; attempt < Math.min(order.length, 2); attempt++) {
      const upstream = order[attempt]
      outcome = await send(upstream, req, res, body)
      if (outcome === "answered") {
        return
      }
      // the server is gone: take it out until its readiness check passes again
      upstream.ready = false
      const replayable = outcome === "refused" || IDEMPOTENT.has(method)
      if (!replayable || res.headersSent) {
        break
      }
    }
    if (!res.headersSent) {
      // 502: the server that had the request went away, so it may or may not have been carried out
      const status = outcome === "failed" ? 502 : 503
      res.writeHead(status, { "content-type": "application/json", "retry-after": "1" })
      res.end(JSON.stringify({ type: "unavailable", message: "No backend server could answer; try again." }))
    } else {
      res.destroy()
    }
  }

  function send(
    upstream: UpstreamState,
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer
  ): Promise<"answered" | "refused" | "failed"> {
    const target = new URL(upstream.url)
    const headers = { ...req.headers }
    for (const name of HOP_BY_HOP) {
      delete headers[name]
    }
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ")
    headers["x-forwarded-for"] = forwardedFor
    headers["x-forwarded-proto"] = (req.headers["x-forwarded-proto"] as string | undefined) ?? "http"
    headers["x-forwarded-host"] = (req.headers["x-forwarded-host"] as string | undefined) ?? req.headers.host
    headers["content-length"] = String(body.length)

    return new Promise((resolve) => {
      upstream.requests++
      const outgoing = request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers,
          agent,
        },
        (answer: IncomingMessage) => {
          const responseHeaders = { ...answer.headers }
          for (const name of HOP_BY_HOP) {
            delete responseHeaders[name]
          }
          res.writeHead(answer.statusCode ?? 502, { ...responseHeaders, "x-served-by": upstream.name })
          answer.pipe(res)
          answer.once("end", () => resolve("answered"))
          answer.once("error", () => {
            res.destroy()
            resolve("answered")
          })
        }
      )
      outgoing.once("error", (error: NodeJS.ErrnoException) => {
        upstream.lastError = error.message
        // a kept-alive socket the server closed just before we wrote on it: the request never reached it
        const neverSent =
          error.code === "ECONNREFUSED" || (outgoing.reusedSocket && error.code === "ECONNRESET")
        resolve(neverSent ? "refused" : "failed")
      })
      // a client that goes away stops waiting, but the request already sent is left to finish
      outgoing.end(body)
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve())
  })
  const port = (server.address() as AddressInfo).port

  return {
    url: `http://localhost:${port}`,
    port,
    upstreams: () => states.map((state) => ({ ...state })),
    checkNow,
    stop: async () => {
      clearInterval(timer)
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      agent.destroy()
    },
  }
}

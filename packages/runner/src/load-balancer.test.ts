import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { afterEach, describe, expect, it } from "vitest"
import { startLoadBalancer, type RunningLoadBalancer } from "./load-balancer.js"

type Backend = { name: string; url: string; ready: boolean; bodies: string[]; server: Server }

async function backend(
  name: string,
  handle?: (req: IncomingMessage, res: ServerResponse) => void
): Promise<Backend> {
  const state = { name, ready: true, bodies: [] as string[] } as Backend
  state.server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      if (req.url === "/health/ready") {
        res.writeHead(state.ready ? 200 : 503).end()
        return
      }
      state.bodies.push(body)
      if (handle) {
        handle(req, res)
        return
      }
      res.writeHead(200, { "content-type": "text/plain" }).end(name)
    })
  })
  await new Promise<void>((resolve) => state.server.listen(0, "127.0.0.1", resolve))
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}`
  return state
}

const open: { stop: () => Promise<void> }[] = []
afterEach(async () => {
  for (const item of open.splice(0)) {
    await item.stop()
  }
})

async function balance(backends: { name: string; url: string }[]): Promise<RunningLoadBalancer> {
  const lb = await startLoadBalancer({
    port: 0,
    host: "127.0.0.1",
    upstreams: backends,
    checkIntervalMs: 60_000,
  })
  open.push(lb)
  return lb
}

function stopBackend(state: Backend) {
  return new Promise<void>((resolve) => {
    state.server.close(() => resolve())
    state.server.closeAllConnections()
  })
}

describe("load balancer", () => {
  it("takes turns between ready servers and says which one answered", async () => {
    const a = await backend("a")
    const b = await backend("b")
    open.push({ stop: () => stopBackend(a) }, { stop: () => stopBackend(b) })
    const lb = await balance([a, b])
    const served = []
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${lb.url}/store/regions`)
      served.push([await response.text(), response.headers.get("x-served-by")])
    }
    expect(served.map(([text]) => text).sort()).toEqual(["a", "a", "b", "b"])
    expect(served.every(([text, by]) => text === by)).toBe(true)
  })

  it("skips a server whose readiness check fails", async () => {
    const a = await backend("a")
    const b = await backend("b")
    open.push({ stop: () => stopBackend(a) }, { stop: () => stopBackend(b) })
    b.ready = false
    const lb = await balance([a, b])
    const texts = await Promise.all(
      Array.from({ length: 4 }, async () => (await fetch(`${lb.url}/x`)).text())
    )
    expect(texts).toEqual(["a", "a", "a", "a"])
    expect(lb.upstreams().map((upstream) => upstream.ready)).toEqual([true, false])
  })

  it("sends a POST the first server never received to the other one, body and all", async () => {
    const a = await backend("a")
    const gone = await backend("gone")
    open.push({ stop: () => stopBackend(a) })
    const lb = await balance([gone, a])
    // stopped after its last readiness check: the balancer still takes it for ready
    await stopBackend(gone)
    expect(lb.upstreams().map((upstream) => upstream.ready)).toEqual([true, true])
    const responses = await Promise.all(
      Array.from({ length: 2 }, () => fetch(`${lb.url}/store/carts`, { method: "POST", body: '{"x":1}' }))
    )
    expect(responses.map((response) => response.status)).toEqual([200, 200])
    expect(a.bodies).toEqual(['{"x":1}', '{"x":1}'])
    expect(lb.upstreams().map((upstream) => upstream.ready)).toEqual([false, true])
  })

  it("does not replay a POST to a server that died while handling it: 502", async () => {
    const dying = await backend("dying", (req) => req.socket.destroy())
    const other = await backend("other")
    open.push({ stop: () => stopBackend(dying) }, { stop: () => stopBackend(other) })
    const lb = await balance([dying, other])
    const answers = []
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${lb.url}/store/carts/1/complete`, { method: "POST", body: "{}" })
      answers.push(response.status)
    }
    // one request went to each: the one that reached the dying server is not sent again
    expect(answers.sort()).toEqual([200, 502])
    expect(other.bodies).toHaveLength(1)
  })

  it("replays a GET after a connection error on another server", async () => {
    const dying = await backend("dying", (req) => req.socket.destroy())
    const other = await backend("other")
    open.push({ stop: () => stopBackend(dying) }, { stop: () => stopBackend(other) })
    const lb = await balance([dying, other])
    const statuses = await Promise.all(
      Array.from({ length: 2 }, async () => (await fetch(`${lb.url}/store/products`)).status)
    )
    expect(statuses).toEqual([200, 200])
  })
})

import express from "express"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { installSecurityHeaders } from "./security-headers"

// `medusa start` dispatches each request as below (commands/start.js): through the hook when set
describe("installSecurityHeaders", () => {
  const startCommand: { traceRequestHandler?: any } = {}
  const traced: string[] = []
  let server: Server
  let url: string

  beforeAll(async () => {
    // a tracer installed first must keep working
    startCommand.traceRequestHandler = async (handler: () => Promise<void>, req: any) => {
      traced.push(req.url)
      await handler()
    }
    installSecurityHeaders(startCommand)
    const app = express()
    // answered before any project middleware could run, as Medusa's auth check and Admin do
    app.use("/admin", (_req, res) => void res.status(401).json({ message: "Unauthorized" }))
    app.get("/app", (_req, res) => void res.type("html").send("<!doctype html><div id=root></div>"))
    server = createServer(
      (req, res) => void startCommand.traceRequestHandler(async () => app(req, res), req, res)
    )
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it("puts the headers on every answer, refusals and the Admin's page included, and keeps the tracer", async () => {
    for (const path of ["/app", "/admin/users/me", "/nowhere"]) {
      const response = await fetch(`${url}${path}`)
      expect(response.headers.get("x-frame-options"), path).toBe("DENY")
      // Express's own 404 page replaces it with the stricter `default-src 'none'`
      expect(response.headers.get("content-security-policy"), path).toMatch(
        /^(frame-ancestors|default-src) 'none'$/
      )
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff")
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin")
    }
    expect(traced).toEqual(["/app", "/admin/users/me", "/nowhere"])
  })
})

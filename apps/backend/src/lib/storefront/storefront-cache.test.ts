import { createServer, type IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createStorefrontCacheExpirer } from "./storefront-cache"

describe("storefront cache expirer", () => {
  const calls: { secret: string | undefined; body: unknown }[] = []
  const server = createServer((request: IncomingMessage, response) => {
    let raw = ""
    request.on("data", (chunk) => (raw += chunk))
    request.on("end", () => {
      calls.push({
        secret: request.headers["x-revalidate-secret"] as string | undefined,
        body: JSON.parse(raw),
      })
      response.writeHead(request.url === "/api/revalidate" ? 200 : 404).end("{}")
    })
  })
  let url: string
  const warnings: string[] = []
  const logger = { warn: (message: string) => warnings.push(message) }

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => server.close())

  it("sends one call for a burst of events, with the secret and every tag once", async () => {
    const expirer = createStorefrontCacheExpirer(
      { storefrontUrl: url, secret: "s3cret", delayMs: 20 },
      logger
    )
    await Promise.all([
      expirer.expire(["products"]),
      expirer.expire(["vendors", "products"]),
      expirer.expire(["products"]),
    ])
    expect(calls).toEqual([{ secret: "s3cret", body: { tags: ["products", "vendors"] } }])
  })

  it("does nothing without a secret, and only warns when the storefront is down", async () => {
    calls.length = 0
    await createStorefrontCacheExpirer({ storefrontUrl: url, delayMs: 1 }, logger).expire(["products"])
    expect(calls).toEqual([])

    await createStorefrontCacheExpirer(
      { storefrontUrl: "http://127.0.0.1:1", secret: "s", delayMs: 1 },
      logger
    ).expire(["vendors"])
    expect(warnings.at(-1)).toMatch(/not expired \(vendors\)/)
  })
})

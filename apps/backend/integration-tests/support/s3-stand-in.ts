import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"

export type StoredObject = { body: Buffer; headers: Record<string, string | string[] | undefined> }

/**
 * A stand-in for an S3 bucket, path-style (`/<bucket>/<key>`), for tests of the S3 file provider (no
 * S3 can be reached from here): PUT stores an object with the headers it came with, GET serves it,
 * DELETE removes it. Signatures are not checked; what the SDK sends is recorded as sent.
 */
export async function startS3StandIn() {
  const objects = new Map<string, StoredObject>()
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://stand-in").pathname)
      if (req.method === "PUT") {
        objects.set(path, { body: Buffer.concat(chunks), headers: req.headers })
        res.writeHead(200, { ETag: `"${objects.size}"` }).end()
      } else if (req.method === "GET" && objects.has(path)) {
        const object = objects.get(path)!
        res.writeHead(200, { "Content-Type": String(object.headers["content-type"] ?? "") }).end(object.body)
      } else if (req.method === "DELETE") {
        objects.delete(path)
        res.writeHead(204).end()
      } else {
        res.writeHead(404).end()
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import { randomBytes } from "node:crypto"
import type { AddressInfo } from "node:net"
import { assertPortFree } from "./ports.js"

/** One SMS as the gateway received it. */
export type RecordedSms = {
  sid: string
  account_sid: string
  to: string
  from: string
  body: string
  date_created: string
}

export type SmsRecorderOptions = {
  /** 0 picks a free port (tests). */
  port: number
  /** Messages kept, newest first; older ones are forgotten. */
  maxMessages?: number
}

export type SmsRecorder = {
  /** What the backend's TWILIO_API_URL points at. */
  apiUrl: string
  /** The page that shows every SMS sent (and `GET <webUrl>/api/messages` as JSON for tests). */
  webUrl: string
  messages: () => RecordedSms[]
  /** While down, the gateway answers 503, as a real one does during an outage (tests of the retry). */
  setDown: (down: boolean) => void
  stop: () => Promise<void>
}

const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/([A-Za-z0-9]+)\/Messages\.json$/

/**
 * A local stand-in for an SMS gateway: Twilio's Messages API (`POST /2010-04-01/Accounts/{sid}/Messages.json`,
 * form-encoded, basic auth), keeping what it is sent in memory and showing it on a page. The backend's
 * real SMS provider talks to it exactly as to the real gateway. Only local addresses can reach it.
 */
export async function startSmsRecorder(options: SmsRecorderOptions): Promise<SmsRecorder> {
  if (options.port) {
    await assertPortFree(options.port, "local SMS recorder; or set SMS_PROVIDER", "SMS_RECORDER_PORT")
  }
  const maxMessages = options.maxMessages ?? 500
  const recorded: RecordedSms[] = []
  let down = false

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => json(res, 500, { message: error.message }))
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? "/").split("?")[0]
    const match = MESSAGES_PATH.exec(path)
    if (req.method === "POST" && match) {
      if (down) {
        return json(res, 503, { code: 20503, message: "Service unavailable", status: 503 })
      }
      const [user] = basicAuth(req)
      if (!user || user !== match[1]) {
        return json(res, 401, { code: 20003, message: "Authenticate", status: 401 })
      }
      const form = new URLSearchParams(await readBody(req))
      const to = form.get("To") ?? ""
      const body = form.get("Body") ?? ""
      const from = form.get("From") ?? form.get("MessagingServiceSid") ?? ""
      if (!/^\+[1-9]\d{6,14}$/.test(to)) {
        return json(res, 400, {
          code: 21211,
          message: `The 'To' number ${to} is not a valid phone number.`,
          status: 400,
        })
      }
      if (!body) {
        return json(res, 400, { code: 21602, message: "Message body is required.", status: 400 })
      }
      const sms: RecordedSms = {
        sid: `SM${randomBytes(16).toString("hex")}`,
        account_sid: match[1],
        to,
        from,
        body,
        date_created: new Date().toISOString(),
      }
      recorded.unshift(sms)
      recorded.length = Math.min(recorded.length, maxMessages)
      return json(res, 201, { ...sms, status: "queued", num_segments: "1", direction: "outbound-api" })
    }
    if (req.method === "GET" && path === "/api/messages") {
      return json(res, 200, recorded)
    }
    if (req.method === "DELETE" && path === "/api/messages") {
      recorded.length = 0
      return json(res, 200, { deleted: true })
    }
    if (req.method === "GET" && path === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
      return res.end(page(recorded))
    }
    json(res, 404, { code: 20404, message: "Not found", status: 404 })
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port, "127.0.0.1", () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    apiUrl: `http://127.0.0.1:${port}`,
    webUrl: `http://localhost:${port}`,
    messages: () => [...recorded],
    setDown: (value) => {
      down = value
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function basicAuth(req: IncomingMessage): [string, string] | [] {
  const header = req.headers.authorization ?? ""
  if (!header.startsWith("Basic ")) {
    return []
  }
  const decoded = Buffer.from(header.slice(6), "base64").toString("utf8")
  const colon = decoded.indexOf(":")
  return colon > 0 ? [decoded.slice(0, colon), decoded.slice(colon + 1)] : []
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    // an SMS is a few hundred bytes: anything far larger is not one
    if (size > 64_000) {
      throw new Error("Request too large")
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString("utf8")
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" })
  res.end(JSON.stringify(body))
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Newest first; each body in its own direction (`dir="auto"`), so Arabic reads right to left. */
function page(messages: RecordedSms[]): string {
  const rows = messages
    .map(
      (sms) =>
        `<li><div class="meta"><span dir="ltr">${escapeHtml(sms.to)}</span> · ${escapeHtml(
          sms.date_created.replace("T", " ").slice(0, 19)
        )} · ${sms.body.length} chars</div><p dir="auto">${escapeHtml(sms.body)}</p></li>`
    )
    .join("\n")
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="refresh" content="5"><title>SMS sent — Bazar Solidaire</title>
<style>body{font-family:Arial,sans-serif;margin:16px;background:#faf7f2;color:#1c1917}ul{list-style:none;padding:0;max-width:560px}
li{background:#fff;border-radius:12px;padding:10px 14px;margin:0 0 10px}.meta{color:#78716c;font-size:13px}p{margin:6px 0 0;white-space:pre-wrap}</style>
</head><body><h1>SMS sent by the marketplace</h1>
<p>Local stand-in for the SMS gateway (Twilio's API): nothing leaves this machine. Set SMS_PROVIDER for real delivery.</p>
${messages.length ? `<ul>${rows}</ul>` : "<p>No SMS yet.</p>"}
</body></html>`
}

import type { IncomingMessage, ServerResponse } from "node:http"

/**
 * Headers every answer of the backend carries: the Admin (/app) and the API must never be framed by
 * another site (a framed Admin button is a click someone else chose), uploaded files and JSON must
 * never be sniffed into a script or a page, and full URLs must not leak to other sites. The pages'
 * fuller policies are the storefront's (apps/storefront/src/lib/security/headers.ts).
 */
export const BACKEND_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
}

export function setSecurityHeaders(res: ServerResponse) {
  for (const [name, value] of Object.entries(BACKEND_SECURITY_HEADERS)) {
    res.setHeader(name, value)
  }
}

type RequestHandlerHook = (
  handler: () => Promise<void>,
  req: IncomingMessage,
  res: ServerResponse,
  handlerPath?: string
) => Promise<void>

/**
 * `medusa start` hands every request to `traceRequestHandler` when one is set (Medusa's own
 * OpenTelemetry instrumentation uses it): the one place ahead of everything Medusa serves — the
 * Admin's files, /health, /static uploads, and the 401s and 400s its auth and publishable-key checks
 * answer before any project middleware runs. A hook set before this one (tracing) still runs.
 */
export function installSecurityHeaders(startCommand: { traceRequestHandler?: RequestHandlerHook }) {
  const previous = startCommand.traceRequestHandler
  startCommand.traceRequestHandler = async (handler, req, res, handlerPath) => {
    setSecurityHeaders(res)
    return previous ? previous(handler, req, res, handlerPath) : handler()
  }
}

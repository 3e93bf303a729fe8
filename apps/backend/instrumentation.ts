import { installSecurityHeaders } from "./src/lib/http/security-headers"

/**
 * Loaded by `medusa start` before the server takes requests (Medusa's hook for tracing): puts the
 * security headers on every answer, Admin and health check included (src/lib/http/security-headers.ts).
 * Add OpenTelemetry here with `registerOtel` from "@medusajs/medusa" if you need it.
 */
export function register() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  installSecurityHeaders(require("@medusajs/medusa/commands/start"))
}

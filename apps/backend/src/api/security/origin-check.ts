import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, parseCorsOrigins } from "@medusajs/framework/utils"

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"])

type CorsSetting = "adminCors" | "storeCors" | "authCors"

function originOf(req: MedusaRequest): string | undefined {
  const origin = req.headers.origin
  if (typeof origin === "string" && origin) {
    return origin
  }
  const referer = req.headers.referer
  if (typeof referer === "string" && referer) {
    try {
      return new URL(referer).origin
    } catch {
      return "null"
    }
  }
  return undefined
}

/**
 * A page of the backend's own host (the Admin at /app): a page of another site cannot make the browser
 * send this host's name in Origin, and the Host header of a browser request names where it is going.
 */
function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return !!host && new URL(origin).host === host
  } catch {
    return false
  }
}

/**
 * Refuses a state change that rides a session cookie from a page of another site (cross-site request
 * forgery): the Origin header (or, without it, the Referer) must be one of the origins the CORS
 * settings name for this API (ADMIN_CORS for /admin; STORE_CORS and AUTH_CORS for /vendor, the portal
 * being part of the storefront), or the backend's own host (the Admin it serves).
 *
 * Only cookie requests are checked. A request carrying an Authorization header (a bearer token, as the
 * storefront's server sends, or an API key) cannot come from a cross-site form, which can only bring
 * the browser's cookies. A request with neither Origin nor Referer is not a cross-site browser request
 * either: browsers send Origin on every cross-origin POST, PUT, PATCH and DELETE.
 */
export function checkOrigin(settings: CorsSetting[]) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    if (!STATE_CHANGING.has(req.method) || req.headers.authorization) {
      return next()
    }
    const origin = originOf(req)
    if (origin === undefined) {
      return next()
    }
    if (sameHost(origin, req.headers.host)) {
      return next()
    }
    const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
    const allowed = settings.flatMap((setting) => parseCorsOrigins(http[setting] ?? ""))
    const trimmed = origin.replace(/\/$/, "")
    const ok = allowed.some((entry) =>
      typeof entry === "string" ? entry.trim().replace(/\/$/, "") === trimmed : entry.test(trimmed)
    )
    if (ok) {
      return next()
    }
    next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `This change was sent from another site (origin ${origin}), which may not act with your session. ` +
          "Make it from the Admin or the portal itself."
      )
    )
  }
}

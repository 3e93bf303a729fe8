import { isErrorCode, type ErrorBody, type ErrorCode, type FieldError } from "@bazaar/contracts"

/**
 * A non-2xx answer of the backend: its status and what its error handler said (ErrorBody). Pages
 * decide from `code` (stable) and `status`, never from `message`, which may be reworded.
 */
export class BackendError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: ErrorCode | undefined,
    readonly fields: FieldError[],
    /** Seconds to wait before trying again, from a 429's `Retry-After`. */
    readonly retryAfter?: number
  ) {
    super(message)
    this.name = "BackendError"
  }

  static async from(response: Response): Promise<BackendError> {
    const body = (await response.json().catch(() => ({}))) as Partial<ErrorBody>
    return new BackendError(
      typeof body.message === "string" ? body.message : response.statusText,
      response.status,
      // answers without one (Medusa's auth middleware's 401, a proxy's 502) are read by status
      isErrorCode(body.code) ? body.code : undefined,
      Array.isArray(body.fields) ? body.fields : [],
      retryAfterSeconds(response.headers.get("retry-after"))
    )
  }
}

/** A `Retry-After` header (seconds, or an HTTP date) as seconds from `now`; undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) {
    return undefined
  }
  if (/^\d+$/.test(header.trim())) {
    return Number(header.trim())
  }
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000))
}

/** What the storefront reads of a failed backend call; no status: no answer (network, unreadable). */
export type HttpError = {
  status?: number
  message?: string
  code?: ErrorCode
  fields?: FieldError[]
  retryAfter?: number
}

export function asHttpError(error: unknown): HttpError {
  if (typeof error === "object" && error !== null) {
    return error as HttpError
  }
  return {}
}

export function httpStatus(error: unknown): number | undefined {
  return asHttpError(error).status
}

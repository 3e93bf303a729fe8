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
    readonly fields: FieldError[]
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
      Array.isArray(body.fields) ? body.fields : []
    )
  }
}

/** What the storefront reads of a failed backend call; no status: no answer (network, unreadable). */
export type HttpError = { status?: number; message?: string; code?: ErrorCode; fields?: FieldError[] }

export function asHttpError(error: unknown): HttpError {
  if (typeof error === "object" && error !== null) {
    return error as HttpError
  }
  return {}
}

export function httpStatus(error: unknown): number | undefined {
  return asHttpError(error).status
}

/** What the storefront reads of a failed backend call (the SDK's FetchError); no status: no answer. */
export type HttpError = { status?: number; message?: string }

export function asHttpError(error: unknown): HttpError {
  if (typeof error === "object" && error !== null) {
    return error as HttpError
  }
  return {}
}

export function httpStatus(error: unknown): number | undefined {
  return asHttpError(error).status
}

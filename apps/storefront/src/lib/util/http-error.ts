/** What the storefront reads of a failed backend call (the SDK's FetchError); a network failure has no status. */
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

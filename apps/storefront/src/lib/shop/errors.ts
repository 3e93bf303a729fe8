import { asHttpError } from "@/lib/util/http-error"

/**
 * A failed cart or checkout call in plain words: an error code of the `shopErrors` catalogue
 * section, chosen from the status and what Medusa's message is about.
 */
export function shopErrorCode(error: unknown): string {
  const { status, message: said } = asHttpError(error)
  const message = said ?? ""
  if (status === undefined) {
    return "network"
  }
  if (status === 401) {
    return "sessionExpired"
  }
  if (/inventory|stock/i.test(message)) {
    return "outOfStock"
  }
  if (/shipping/i.test(message)) {
    return "shipping"
  }
  if (/payment/i.test(message)) {
    return "payment"
  }
  if (/address|country/i.test(message)) {
    return "address"
  }
  if (status === 404) {
    return "cartGone"
  }
  if (status === 409) {
    return "busy"
  }
  return status >= 500 ? "unknown" : "notAccepted"
}

import type { ErrorCode } from "@bazaar/contracts"
import { asHttpError } from "@/lib/util/http-error"

/** The codes the shop explains in its own words (keys of the `shopErrors` catalogue section). */
const SHOP_ERRORS: Partial<Record<ErrorCode, string>> = {
  unauthorized: "sessionExpired",
  out_of_stock: "outOfStock",
  shipping_required: "shipping",
  payment_failed: "payment",
  card_required: "cardRequired",
  address_invalid: "address",
  not_found: "cartGone",
  conflict: "busy",
  conflict_busy: "busy",
  unknown_error: "unknown",
}

/**
 * A failed cart or checkout call in plain words: an error code of the `shopErrors` catalogue
 * section, chosen from the backend's error code (ERROR_CODES), or its status when it gave none.
 */
export function shopErrorCode(error: unknown): string {
  const { status, code, fields } = asHttpError(error)
  if (status === undefined) {
    return "network"
  }
  if (status === 401) {
    return "sessionExpired"
  }
  if (code === "validation_failed" && fields?.some((field) => /address/.test(field.path))) {
    return "address"
  }
  const known = code && SHOP_ERRORS[code]
  if (known) {
    return known
  }
  if (status === 404) {
    return "cartGone"
  }
  if (status === 409) {
    return "busy"
  }
  return status >= 500 ? "unknown" : "notAccepted"
}

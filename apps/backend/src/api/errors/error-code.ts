import { ERROR_CODES, isErrorCode, type ErrorCode } from "@bazaar/contracts"
import { MedusaError } from "@medusajs/framework/utils"

/** What the mapping reads of a thrown error: Medusa's type, its message, and a code set where it was thrown. */
export type ErrorFacts = { type?: string; message?: string; code?: string }

// what Medusa's locking providers throw when a key stays held longer than the caller waits
// (in memory: "Timed-out acquiring lock.", "Failed to acquire lock for key …"; Redis and PostgreSQL alike)
const LOCK_NOT_ACQUIRED = /timed-out acquiring lock|failed to acquire lock/i

/** True when the request lost a race for a lock: nothing was written and a retry can succeed. */
export function isLockNotAcquired(error: ErrorFacts): boolean {
  return typeof error.message === "string" && LOCK_NOT_ACQUIRED.test(error.message)
}

// Medusa core's own messages, recognised here and nowhere else (checked against @medusajs/core-flows
// and @medusajs/medusa 2.21.2): the storefront reads the code, so a reworded core message needs one
// change in this file, and a test below says which.
const CORE_MESSAGES: [RegExp, ErrorCode][] = [
  // "Variant … does not have the required inventory", "Not enough stock available for item …"
  [/inventory|stock/i, ERROR_CODES.out_of_stock],
  // "No shipping method selected but the cart contains items that require shipping.",
  // "Shipping options with IDs … do not exist or are not valid for the cart"
  [/shipping/i, ERROR_CODES.shipping_required],
  // "Payment sessions are required to complete cart", "Payment authorization failed"
  [/payment/i, ERROR_CODES.payment_failed],
  // "Country with code us is not within region Maroc"
  [/address|country/i, ERROR_CODES.address_invalid],
]

const BY_STATUS: Record<number, ErrorCode> = {
  400: ERROR_CODES.invalid_request,
  401: ERROR_CODES.unauthorized,
  403: ERROR_CODES.forbidden,
  404: ERROR_CODES.not_found,
  409: ERROR_CODES.conflict,
  422: ERROR_CODES.invalid_request,
  429: ERROR_CODES.rate_limited,
}

/**
 * The stable code of an error answer, from the error and the status Medusa's handler gives it.
 * In order: a code our own code set when it threw (`new MedusaError(type, message, ERROR_CODES.x)`);
 * lost lock races; validation; the Medusa core errors the shop tells apart; then the status alone.
 */
export function errorCodeFor(error: ErrorFacts, status: number): ErrorCode {
  if (isErrorCode(error.code)) {
    return error.code
  }
  if (isLockNotAcquired(error)) {
    return ERROR_CODES.conflict_busy
  }
  if (status >= 500) {
    return ERROR_CODES.unknown_error
  }
  const message = error.message ?? ""
  if (error.type === MedusaError.Types.INVALID_DATA && message.startsWith("Invalid request:")) {
    // the prefix of Medusa's zodValidator (validateAndTransformBody / validateAndTransformQuery)
    return ERROR_CODES.validation_failed
  }
  if (error.type === MedusaError.Types.UNAUTHORIZED && /already exists/i.test(message)) {
    // Medusa's /auth/{actor}/emailpass/register: "Identity with email already exists"
    return ERROR_CODES.identity_exists
  }
  if (error.type === MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR) {
    return ERROR_CODES.payment_failed
  }
  if (error.type === MedusaError.Types.DUPLICATE_ERROR) {
    return ERROR_CODES.already_exists
  }
  if (status !== 401 && status !== 403) {
    for (const [pattern, code] of CORE_MESSAGES) {
      if (pattern.test(message)) {
        return code
      }
    }
  }
  return (
    BY_STATUS[status] ??
    (status >= 400 && status < 500 ? ERROR_CODES.invalid_request : ERROR_CODES.unknown_error)
  )
}

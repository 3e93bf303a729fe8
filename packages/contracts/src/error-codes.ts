/**
 * Stable codes of the backend's error answers. The storefront chooses what to say from the code (and
 * the HTTP status when there is none), never from the English message: a message may be reworded,
 * a code may not. Add codes; never rename or reuse one.
 */
export const ERROR_CODES = {
  /** A body or query failed its schema; `fields` names each wrong field. */
  validation_failed: "validation_failed",
  /** Any other request the backend refuses (400, or a 422 it has no better name for). */
  invalid_request: "invalid_request",
  /** No valid login or token (401). */
  unauthorized: "unauthorized",
  /** Logged in, but not allowed to do this (403). */
  forbidden: "forbidden",
  /** The member's cooperative is not approved (or is suspended): it cannot change products. */
  not_approved: "not_approved",
  /** Nothing with this id, or not yours to see: another cooperative's records answer this too (404). */
  not_found: "not_found",
  /** The request contradicts the current state (409): already done, already a member. */
  conflict: "conflict",
  /** Someone else holds the cart or the stock right now; retrying in a moment can succeed (409). */
  conflict_busy: "conflict_busy",
  /** A record with the same unique value already exists (422). */
  already_exists: "already_exists",
  /** Registering an email that already has a login. */
  identity_exists: "identity_exists",
  /** Not enough stock left for a cart line. */
  out_of_stock: "out_of_stock",
  /** Delivery is missing or no longer valid for the cart. */
  shipping_required: "shipping_required",
  /** The payment could not be set up or authorised. */
  payment_failed: "payment_failed",
  /** Staff asked this shopper to pay by card: cash on delivery is refused (400). */
  card_required: "card_required",
  /** The address (or its country) cannot be delivered to in this region. */
  address_invalid: "address_invalid",
  /** Too many requests in a short time; retry after the `Retry-After` delay (429). */
  rate_limited: "rate_limited",
  /** Too many failed attempts (logins, codes): locked out for a while (429). */
  too_many_failures: "too_many_failures",
  /** The signed-in shopper's current password, asked again before a sensitive change, is wrong (400). */
  wrong_password: "wrong_password",
  /** An account cannot be deleted while one of its parcels is still on its way (409). */
  orders_in_progress: "orders_in_progress",
  /** Anything the backend did not expect (5xx). */
  unknown_error: "unknown_error",
} as const

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]

export const ERROR_CODE_VALUES: readonly ErrorCode[] = Object.values(ERROR_CODES)

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODE_VALUES as readonly string[]).includes(value)
}

/** One wrong field of a validation error: its dotted path in the request body ("variants.0.stock"). */
export type FieldError = { path: string; message: string }

/** What every error answer of the backend looks like. `type` is Medusa's error type. */
export type ErrorBody = {
  type: string
  code: ErrorCode
  message: string
  fields?: FieldError[]
}

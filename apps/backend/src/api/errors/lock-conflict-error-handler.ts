import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

// what Medusa's locking providers throw when a key stays held longer than the caller waits
// (in memory: "Timed-out acquiring lock.", "Failed to acquire lock for key …"; Redis and PostgreSQL alike)
const LOCK_NOT_ACQUIRED = /timed-out acquiring lock|failed to acquire lock/i

export const LOCK_CONFLICT_MESSAGE =
  "Someone else is checking out this cart or these products right now. Please try again in a moment."

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, except that a lock not acquired in time (a crowd checking out the same
 * product, a double click on the same cart) is a 409 the shopper can retry, not a 500: nothing was
 * written, the request simply lost the race.
 */
export const lockConflictErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (typeof error?.message === "string" && LOCK_NOT_ACQUIRED.test(error.message)) {
    // answered here: Medusa's handler replaces every conflict's message with one about idempotency keys
    req.scope?.resolve("logger").info(`409 at ${req.path}: ${error.message}`)
    res
      .status(409)
      .json({ type: MedusaError.Types.CONFLICT, code: "invalid_state_error", message: LOCK_CONFLICT_MESSAGE })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}

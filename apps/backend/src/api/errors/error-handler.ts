import { isErrorCode, type ErrorBody } from "@bazaar/contracts"
import {
  errorHandler as medusaErrorHandler,
  getHttpResponseFromError,
  type MedusaErrorHandlerFunction,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { errorCodeFor, isLockNotAcquired } from "./error-code"
import { fieldErrorsOf } from "./field-errors"

export const LOCK_CONFLICT_MESSAGE =
  "Someone else is checking out this cart or these products right now. Please try again in a moment."

const coreErrorHandler = medusaErrorHandler()

/**
 * Medusa's error handler, with every answer shaped `{ type, code, message, fields? }` (ErrorBody):
 * `code` is stable (ERROR_CODES), `fields` names the wrong fields of a validation error. Also, a lock
 * not acquired in time (a crowd checking out the same product, a double click on the same cart) is a
 * 409 the shopper can retry, not a 500: nothing was written, the request simply lost the race.
 */
export const errorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  const facts = { type: error?.type, message: error?.message, code: error?.code }
  if (isLockNotAcquired(facts)) {
    // answered here: Medusa's handler replaces every conflict's message with one about idempotency keys
    req.scope?.resolve("logger").info(`409 at ${req.path}: ${error.message}`)
    const body: ErrorBody = {
      type: MedusaError.Types.CONFLICT,
      code: errorCodeFor(facts, 409),
      message: LOCK_CONFLICT_MESSAGE,
    }
    res.status(409).json(body)
    return
  }
  const { statusCode } = getHttpResponseFromError(error)
  const code = errorCodeFor(facts, statusCode)
  const fields = fieldErrorsOf(error)
  // Medusa's handler still logs and chooses status, type and message; we add the code and the fields
  // Medusa's handler words every 409 as an idempotency clash; a conflict of ours says what it is
  const ownConflict = error?.type === MedusaError.Types.CONFLICT && isErrorCode(facts.code)
  const answer = res.json.bind(res)
  res.json = (body: Omit<ErrorBody, "code">) =>
    answer({
      ...body,
      ...(ownConflict && { message: error.message }),
      code,
      ...(fields.length > 0 && { fields }),
    })
  return coreErrorHandler(error, req, res, next)
}

import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * A 400 about one field of a request that a zod schema cannot check (an uploaded file's bytes): it
 * answers like a schema's failure, `validation_failed` with the field in `fields`.
 */
export function invalidField(path: string, message: string): MedusaError {
  return Object.assign(
    new MedusaError(MedusaError.Types.INVALID_DATA, message, ERROR_CODES.validation_failed),
    {
      fields: [{ path, message }],
    }
  )
}

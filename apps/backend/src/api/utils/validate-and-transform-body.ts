import {
  validateAndTransformBody as medusaValidateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldErrorsFromIssues } from "../errors/field-errors"

type BodySchema = Parameters<typeof medusaValidateAndTransformBody>[0]

/**
 * Medusa's `validateAndTransformBody`, whose error also names the wrong fields (`error.fields`, which
 * the error handler answers as `fields: [{ path, message }]`). Medusa folds the zod issues into one
 * English sentence; the portal needs the paths to mark its inputs, so on failure the body is checked
 * again (strict, as Medusa does) to keep them. Valid requests pay nothing extra.
 */
export function validateAndTransformBody(schema: BodySchema) {
  const validate = medusaValidateAndTransformBody(schema)
  return async function validateBodyWithFields(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ): Promise<void> {
    let failure: unknown
    await validate(req, res, (error?: unknown) => {
      failure = error
    })
    if (!failure) {
      return next()
    }
    if (failure instanceof MedusaError && failure.type === MedusaError.Types.INVALID_DATA) {
      const resolved = typeof schema === "function" ? schema(req.additionalDataValidator) : schema
      const strict =
        "strict" in resolved && typeof resolved.strict === "function" ? resolved.strict() : resolved
      const result = await strict.safeParseAsync(req.body)
      if (!result.success) {
        Object.assign(failure, { fields: fieldErrorsFromIssues(result.error.issues) })
      }
    }
    next(failure)
  }
}

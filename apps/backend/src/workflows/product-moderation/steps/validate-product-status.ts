import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateProductStatusStepInput = {
  product: { id: string; status: string }
  allowed: string[]
  action: string
}

export const validateProductStatusStepId = "validate-product-status"

/** Refuses a moderation step the product's current status does not allow (e.g. publishing a draft). */
export const validateProductStatusStep = createStep(
  validateProductStatusStepId,
  async (input: ValidateProductStatusStepInput) => {
    if (!input.allowed.includes(input.product.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Product ${input.product.id} is ${input.product.status}: it cannot be ${input.action}`
      )
    }
    return new StepResponse(undefined)
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { unsupportedVariantChange, VendorProductInput } from "../vendor-product-input"

export type ValidateVariantChangesStepInput = {
  input: VendorProductInput
  existing: { variants: { id: string; title: string }[] }
}

export const validateVariantChangesStepId = "validate-variant-changes"

/** Refuses variant changes the update cannot apply safely (new or renamed variants), with a 400. */
export const validateVariantChangesStep = createStep(
  validateVariantChangesStepId,
  async ({ input, existing }: ValidateVariantChangesStepInput) => {
    const problem = unsupportedVariantChange(input, existing)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    return new StepResponse(undefined)
  }
)

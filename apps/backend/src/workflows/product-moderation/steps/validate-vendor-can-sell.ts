import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateVendorCanSellStepInput = { vendor: { id: string; status: string } }

export const validateVendorCanSellStepId = "validate-vendor-can-sell"

const REFUSALS: Record<string, string> = {
  pending:
    "Your cooperative is under review: you can add and change products once the centre has approved it",
  rejected: "Your cooperative's application was not accepted: you cannot add or change products",
  suspended:
    "Your cooperative is suspended: you cannot add or change products until the centre reinstates it",
}

/** Only members of an approved vendor may write products; the others can still read (403 with the reason). */
export const validateVendorCanSellStep = createStep(
  validateVendorCanSellStepId,
  async (input: ValidateVendorCanSellStepInput) => {
    if (input.vendor.status !== "approved") {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        REFUSALS[input.vendor.status] ?? "Your cooperative cannot change products",
        ERROR_CODES.not_approved
      )
    }
    return new StepResponse(undefined)
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { nextVendorStatus, VendorDecisionAction } from "../vendor-transitions"

export type ValidateVendorTransitionStepInput = {
  vendor: { id: string; name: string; status: string }
  action: VendorDecisionAction
}

export const validateVendorTransitionStepId = "validate-vendor-transition"

/** Refuses a decision the vendor's current status does not allow (e.g. approving a suspended vendor). */
export const validateVendorTransitionStep = createStep(
  validateVendorTransitionStepId,
  async (input: ValidateVendorTransitionStepInput) => {
    const to = nextVendorStatus(input.vendor.status, input.action)
    if (!to) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cooperative "${input.vendor.name}" (${input.vendor.id}) is ${input.vendor.status}: it cannot be ${pastTense[input.action]}`
      )
    }
    return new StepResponse({ from: input.vendor.status, to })
  }
)

const pastTense: Record<VendorDecisionAction, string> = {
  approve: "approved",
  reject: "rejected",
  suspend: "suspended",
  reinstate: "reinstated",
}

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const verifyCertificationStepId = "verify-certification"

/**
 * Records that a staff member checked the certificate. An expired one cannot be verified; one already
 * verified keeps its first checker. Undone if a later step fails.
 */
export const verifyCertificationStep = createStep(
  verifyCertificationStepId,
  async (input: { id: string; verified_by: string; at: Date | string }, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    // a workflow passes dates between steps as strings
    const at = new Date(input.at)
    const certification = await service.retrieveVendorCertification(input.id)
    if (certification.expires_at && new Date(certification.expires_at) <= at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This certificate has expired: ask the cooperative for the new one"
      )
    }
    if (certification.verified_at) {
      return new StepResponse(certification, null)
    }
    const verified = await service.updateVendorCertifications({
      id: input.id,
      verified_by: input.verified_by,
      verified_at: at,
    })
    return new StepResponse(verified, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.updateVendorCertifications({ id, verified_by: null, verified_at: null })
  }
)

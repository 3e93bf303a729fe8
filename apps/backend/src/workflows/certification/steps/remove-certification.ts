import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const removeCertificationStepId = "remove-certification"

/** Removes a certificate (soft delete, so it can be put back if a later step fails). */
export const removeCertificationStep = createStep(
  removeCertificationStepId,
  async (id: string, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.softDeleteVendorCertifications(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.restoreVendorCertifications(id)
  }
)

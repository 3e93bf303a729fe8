import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const findCertificationStepId = "find-certification"

/** The certificate `id` of cooperative `vendor_id`; another cooperative's certificate is not found. */
export const findCertificationStep = createStep(
  findCertificationStepId,
  async (input: { id: string; vendor_id: string }, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const [certification] = await service.listVendorCertifications({
      id: input.id,
      vendor_id: input.vendor_id,
    })
    if (!certification) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certificate ${input.id} was not found`)
    }
    return new StepResponse(certification)
  }
)

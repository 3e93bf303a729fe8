import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type CreateCertificationStepInput = {
  vendor_id: string
  label: string
  number?: string | null
  expires_at: Date | string
  document_url?: string | null
  added_by: string
  added_by_type: "member" | "staff"
  verified_by?: string | null
  verified_at?: Date | null
}

export const createCertificationStepId = "create-certification"

/** Records a certificate of a cooperative; removed again if a later step fails. */
export const createCertificationStep = createStep(
  createCertificationStepId,
  async (input: CreateCertificationStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const certification = await service.createVendorCertifications({
      ...input,
      expires_at: new Date(input.expires_at),
    })
    return new StepResponse(certification, certification.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteVendorCertifications(id)
  }
)

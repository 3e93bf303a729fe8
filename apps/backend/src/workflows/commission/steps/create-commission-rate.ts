import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type CreateCommissionRateStepInput = {
  vendor_id: string
  rate: number
  category_id: string | null
  effective_from: Date | string
  set_by: string
  note: string | null
}

export const createCommissionRateStepId = "create-commission-rate"

/** Adds a rate to the cooperative's history; removed again if a later step fails. */
export const createCommissionRateStep = createStep(
  createCommissionRateStepId,
  async (input: CreateCommissionRateStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const rate = await service.createVendorCommissionRates({
      ...input,
      effective_from: new Date(input.effective_from),
    })
    return new StepResponse(rate, rate.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteVendorCommissionRates(id)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import type { VendorDecisionAction } from "../vendor-transitions"
import type { HiddenProducts } from "./hide-vendor-products"

export type CreateVendorDecisionStepInput = {
  vendor_id: string
  action: VendorDecisionAction
  from_status: string
  to_status: string
  reason?: string | null
  decided_by: string
  decided_by_email?: string | null
  hidden_products?: HiddenProducts | null
}

export const createVendorDecisionStepId = "create-vendor-decision"

/** Records a staff decision in the vendor's audit trail; removed again on failure. */
export const createVendorDecisionStep = createStep(
  createVendorDecisionStepId,
  async (input: CreateVendorDecisionStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const decision = await service.createVendorDecisions(input)
    return new StepResponse(decision, decision.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteVendorDecisions(id)
  }
)

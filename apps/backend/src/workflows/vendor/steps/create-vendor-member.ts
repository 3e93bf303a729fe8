import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type CreateVendorMemberStepInput = {
  vendor_id: string
  email: string
  first_name: string
  last_name: string
  phone?: string | null
  role: "owner" | "member"
}

export const createVendorMemberStepId = "create-vendor-member"

/** Creates the person who signs in for a vendor; deleted again on failure. */
export const createVendorMemberStep = createStep(
  createVendorMemberStepId,
  async (input: CreateVendorMemberStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const member = await service.createVendorMembers(input)
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteVendorMembers(id)
  }
)

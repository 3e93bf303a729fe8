import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

/** What a member sets about herself from the portal. */
export type UpdateVendorMemberStepInput = {
  id: string
  first_name?: string
  last_name?: string
  phone?: string | null
  sms_opt_in?: boolean
  locale?: "fr" | "ar" | "en"
}

export const updateVendorMemberStepId = "update-vendor-member"

/** Updates one member's own columns; on failure puts back the previous values of exactly those columns. */
export const updateVendorMemberStep = createStep(
  updateVendorMemberStepId,
  async (input: UpdateVendorMemberStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const fields = Object.keys(input).filter((key) => key !== "id")
    const before: Record<string, unknown> = await service.retrieveVendorMember(input.id)
    const previous = Object.fromEntries(fields.map((field) => [field, before[field] ?? null]))
    const member = await service.updateVendorMembers(input)
    return new StepResponse(member, { id: input.id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.updateVendorMembers(previous)
  }
)

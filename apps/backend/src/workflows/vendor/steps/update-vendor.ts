import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type UpdateVendorStepInput = { id: string } & Record<string, unknown>

export const updateVendorStepId = "update-vendor"

/** Updates one vendor's columns; on failure puts back the previous values of exactly those columns. */
export const updateVendorStep = createStep(
  updateVendorStepId,
  async (input: UpdateVendorStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const fields = Object.keys(input).filter((key) => key !== "id")
    const before = await service.retrieveVendor(input.id)
    const previous = Object.fromEntries(
      fields.map((field) => [field, (before as Record<string, unknown>)[field] ?? null])
    )
    const vendor = await service.updateVendors(input as never)
    return new StepResponse(vendor, { id: input.id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.updateVendors(previous as never)
  }
)

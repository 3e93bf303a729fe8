import type { InferTypeOf } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type { Vendor } from "../../../modules/vendor/models/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

/** A vendor's own columns: not its relations, its timestamps or the raw values Medusa keeps beside numbers. */
type VendorColumns = Omit<
  InferTypeOf<typeof Vendor>,
  | "id"
  | "certifications"
  | "commission_rates"
  | "members"
  | "decisions"
  | "invites"
  | "created_at"
  | "updated_at"
  | "deleted_at"
  | `raw_${string}`
>

export type UpdateVendorStepInput = { id: string } & Partial<VendorColumns>

export const updateVendorStepId = "update-vendor"

/** Updates one vendor's columns; on failure puts back the previous values of exactly those columns. */
export const updateVendorStep = createStep(
  updateVendorStepId,
  async (input: UpdateVendorStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const fields = Object.keys(input).filter((key) => key !== "id")
    const before: Record<string, unknown> = await service.retrieveVendor(input.id)
    const previous = Object.fromEntries(fields.map((field) => [field, before[field] ?? null]))
    const vendor = await service.updateVendors(input)
    return new StepResponse(vendor, { id: input.id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.updateVendors(previous)
  }
)

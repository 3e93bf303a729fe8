import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { slugifyVendorName, uniqueHandle } from "../vendor-handle"
import type { VendorProfileColumns } from "../vendor-profile"

export type CreateVendorStepInput = VendorProfileColumns & { name: string; region: string; city: string }

export const createVendorStepId = "create-vendor"

/** Creates a pending vendor with a unique handle made from its name; deleted again on failure. */
export const createVendorStep = createStep(
  createVendorStepId,
  async (input: CreateVendorStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const slug = slugifyVendorName(input.name)
    const similar = await service.listVendors(
      { handle: { $like: `${slug}%` } },
      { select: ["handle"], withDeleted: true }
    )
    const handle = uniqueHandle(
      slug,
      similar.map((vendor) => vendor.handle)
    )
    const vendor = await service.createVendors({ ...input, handle, status: "pending" })
    return new StepResponse(vendor, vendor.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteVendors(id)
  }
)

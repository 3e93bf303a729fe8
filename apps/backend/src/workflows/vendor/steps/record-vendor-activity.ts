import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type RecordVendorActivityStepInput = {
  vendor_id: string
  action: string
  resource_id: string | null
  actor_type: "member" | "staff"
  actor_id: string
  actor_name: string | null
}

export const recordVendorActivityStepId = "record-vendor-activity"

/** Writes one entry of the cooperative's history, with the change it records (removed if that fails). */
export const recordVendorActivityStep = createStep(
  recordVendorActivityStepId,
  async (input: RecordVendorActivityStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const entry = await service.createVendorActivities(input)
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<VendorModuleService>(VENDOR_MODULE).deleteVendorActivities(id)
    }
  }
)

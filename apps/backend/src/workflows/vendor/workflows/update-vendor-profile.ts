import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertTranslationsStep } from "../../common/steps/upsert-translations"
import { updateVendorStep } from "../steps/update-vendor"
import { VendorProfileInput, vendorColumns, vendorTranslationLocales } from "../vendor-profile"

export type UpdateVendorProfileWorkflowInput = { vendor_id: string; profile: VendorProfileInput }

export const updateVendorProfileWorkflowId = "update-vendor-profile"

/** A member edits the cooperative's public profile (texts in fr/ar/en); search reindexes on vendor.updated. */
export const updateVendorProfileWorkflow = createWorkflow(
  updateVendorProfileWorkflowId,
  (input: UpdateVendorProfileWorkflowInput) => {
    const update = transform({ input }, ({ input }) => ({
      id: input.vendor_id,
      ...vendorColumns(input.profile),
    }))
    const vendor = updateVendorStep(update)

    const translations = transform({ input }, ({ input }) => [
      {
        reference: "vendor",
        reference_id: input.vendor_id,
        locales: vendorTranslationLocales(input.profile),
      },
    ])
    upsertTranslationsStep(translations)

    emitEventStep({ eventName: "vendor.updated", data: { id: input.vendor_id } })
    return new WorkflowResponse(vendor)
  }
)

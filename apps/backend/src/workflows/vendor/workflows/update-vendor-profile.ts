import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { upsertTranslationsStep } from "../../common/steps/upsert-translations"
import { recordVendorActivityStep } from "../steps/record-vendor-activity"
import { updateVendorStep } from "../steps/update-vendor"
import { VendorProfileInput, vendorColumns, vendorTranslationLocales } from "../vendor-profile"

export type UpdateVendorProfileWorkflowInput = {
  vendor_id: string
  profile: VendorProfileInput
  /**
   * Staff editing the record from Admin, recorded in the cooperative's history with the change.
   * (A member's edit goes through /vendor/*, whose guard records it.)
   */
  staff?: { id: string; name: string | null }
}

export const updateVendorProfileWorkflowId = "update-vendor-profile"

/**
 * A member edits the cooperative's public profile, or staff its whole record (texts in fr/ar/en);
 * search reindexes on vendor.updated.
 */
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

    when({ input }, ({ input }) => !!input.staff).then(() => {
      const entry = transform({ input }, ({ input }) => ({
        vendor_id: input.vendor_id,
        action: "record.updated",
        resource_id: input.vendor_id,
        actor_type: "staff" as const,
        actor_id: input.staff!.id,
        actor_name: input.staff!.name,
      }))
      recordVendorActivityStep(entry)
    })

    emitEventStep({ eventName: "vendor.updated", data: { id: input.vendor_id } })
    // the cooperative's page shows the new profile as soon as the portal says it is saved
    expireStorefrontCacheStep(["vendors"])
    return new WorkflowResponse(vendor)
  }
)

import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { submitProductEditStep } from "../steps/submit-product-edit"
import { validateProductReferencesStep } from "../steps/validate-product-references"
import type { VendorProductInput } from "../vendor-product-input"
import { updateVendorProductWorkflow } from "./update-vendor-product"

export type EditPublishedProductWorkflowInput = {
  vendor_id: string
  product_id: string
  submitted_by: string | null
  /** stock and small price moves (see ../published-edit.ts) */
  live: VendorProductInput | null
  /** what staff review before it goes live */
  review: VendorProductInput | null
}

export const editPublishedProductWorkflowId = "edit-published-product"

/**
 * A member edits a published product: stock and small price moves go live at once, the rest waits
 * for staff as a pending edit while the published version stays on sale. Both or neither.
 */
export const editPublishedProductWorkflow = createWorkflow(
  editPublishedProductWorkflowId,
  (input: EditPublishedProductWorkflowInput) => {
    when({ input }, ({ input }) => !!input.review).then(() => {
      validateProductReferencesStep({
        vendor_id: input.vendor_id,
        category_id: input.review!.category_id,
        image_urls: input.review!.images,
      })
    })
    when({ input }, ({ input }) => !!input.live).then(() => {
      updateVendorProductWorkflow.runAsStep({
        input: { vendor_id: input.vendor_id, product_id: input.product_id, product: input.live! },
      })
    })
    const edit = when({ input }, ({ input }) => !!input.review).then(() =>
      submitProductEditStep({
        vendor_id: input.vendor_id,
        product_id: input.product_id,
        changes: input.review!,
        submitted_by: input.submitted_by,
      })
    )
    return new WorkflowResponse({ edit })
  }
)

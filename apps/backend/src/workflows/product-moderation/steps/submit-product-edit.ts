import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import type { VendorProductInput } from "../vendor-product-input"

export type SubmitProductEditStepInput = {
  vendor_id: string
  product_id: string
  changes: VendorProductInput
  submitted_by: string | null
}

type Undo = { created?: string; replaced?: { id: string; changes: unknown; submitted_by: string | null } }

export const submitProductEditStepId = "submit-product-edit"

/** Records the changes waiting for staff; a product's pending edit is replaced by the newer save. */
export const submitProductEditStep = createStep(
  submitProductEditStepId,
  async (input: SubmitProductEditStepInput, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const [pending] = await vendors.listProductEdits({ product_id: input.product_id, status: "pending" })
    if (pending) {
      const edit = await vendors.updateProductEdits({
        id: pending.id,
        changes: input.changes as Record<string, unknown>,
        submitted_by: input.submitted_by,
      })
      const undo: Undo = {
        replaced: { id: pending.id, changes: pending.changes, submitted_by: pending.submitted_by },
      }
      return new StepResponse(edit, undo)
    }
    const edit = await vendors.createProductEdits({
      vendor_id: input.vendor_id,
      product_id: input.product_id,
      changes: input.changes as Record<string, unknown>,
      submitted_by: input.submitted_by,
    })
    const undo: Undo = { created: edit.id }
    return new StepResponse(edit, undo)
  },
  async (undo, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    if (undo?.created) {
      await vendors.deleteProductEdits(undo.created)
    }
    if (undo?.replaced) {
      await vendors.updateProductEdits({
        id: undo.replaced.id,
        changes: undo.replaced.changes as Record<string, unknown>,
        submitted_by: undo.replaced.submitted_by,
      })
    }
  }
)

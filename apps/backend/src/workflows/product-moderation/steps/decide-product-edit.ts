import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type DecideProductEditStepInput = {
  id: string
  status: "approved" | "rejected"
  decided_by: string
  reason?: string | null
}

export const decideProductEditStepId = "decide-product-edit"

/** Records staff's decision on a pending edit, with who decided; a decided edit is a 409. */
export const decideProductEditStep = createStep(
  decideProductEditStepId,
  async (input: DecideProductEditStepInput, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const [edit] = await vendors.listProductEdits({ id: input.id })
    if (!edit) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product edit ${input.id} was not found`)
    }
    if (edit.status !== "pending") {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Product edit ${input.id} was already ${edit.status}`)
    }
    const decided = await vendors.updateProductEdits({
      id: input.id,
      status: input.status,
      decided_by: input.decided_by,
      decided_at: new Date(),
      reason: input.reason ?? null,
    })
    return new StepResponse(decided, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<VendorModuleService>(VENDOR_MODULE).updateProductEdits({
      id,
      status: "pending",
      decided_by: null,
      decided_at: null,
      reason: null,
    })
  }
)

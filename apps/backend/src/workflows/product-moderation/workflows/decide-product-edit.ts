import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { retrieveShapedProduct } from "../../../api/utils/vendor-products"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { approvedEditInput } from "../published-edit"
import { decideProductEditStep } from "../steps/decide-product-edit"
import type { VendorProductInput } from "../vendor-product-input"
import { updateVendorProductWorkflow } from "./update-vendor-product"

export type DecideProductEditWorkflowInput = {
  id: string
  action: "approve" | "reject"
  staff_id: string
  reason?: string | null
}

/** The pending edit and, for an approval, the update it makes now (today's stock kept). */
const prepareProductEditStep = createStep(
  "prepare-product-edit",
  async (input: { id: string }, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const [edit] = await vendors.listProductEdits({ id: input.id })
    if (!edit) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product edit ${input.id} was not found`)
    }
    const product = await retrieveShapedProduct(container, edit.product_id)
    // the shaped variants carry their id and summed stock
    const variants = (product?.variants ?? []) as unknown as { id: string; stock: number }[]
    const update = approvedEditInput(edit.changes as VendorProductInput, { variants })
    return new StepResponse({ vendor_id: edit.vendor_id, product_id: edit.product_id, update })
  }
)

export const decideProductEditWorkflowId = "decide-product-edit"

/**
 * Staff approve a pending edit (it is applied to the published product, which stays published) or
 * send it back with a reason; either way the decision records who made it.
 */
export const decideProductEditWorkflow = createWorkflow(
  decideProductEditWorkflowId,
  (input: DecideProductEditWorkflowInput) => {
    // two staff members deciding at once: one decision, the other a 409
    const lockKey = transform({ input }, ({ input }) => `product_edit:${input.id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
    const prepared = prepareProductEditStep({ id: input.id })
    // the decision first: a second approval is a 409 before anything is applied twice
    const decision = transform({ input }, ({ input }) => ({
      id: input.id,
      status: input.action === "approve" ? ("approved" as const) : ("rejected" as const),
      decided_by: input.staff_id,
      reason: input.reason ?? null,
    }))
    const edit = decideProductEditStep(decision)
    when({ input }, ({ input }) => input.action === "approve").then(() => {
      updateVendorProductWorkflow.runAsStep({
        input: { vendor_id: prepared.vendor_id, product_id: prepared.product_id, product: prepared.update },
      })
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ edit })
  }
)

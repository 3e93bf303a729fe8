import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { findCertificationStep } from "../steps/find-certification"
import { removeCertificationStep } from "../steps/remove-certification"

export const removeCertificationWorkflowId = "remove-certification"

/** A member or staff remove one of the cooperative's certificates; its badge leaves the shop. */
export const removeCertificationWorkflow = createWorkflow(
  removeCertificationWorkflowId,
  (input: { id: string; vendor_id: string }) => {
    const found = findCertificationStep({ id: input.id, vendor_id: input.vendor_id })
    const id = transform({ found }, ({ found }) => found.id)
    removeCertificationStep(id)
    expireStorefrontCacheStep(["vendors"])
    return new WorkflowResponse(id)
  }
)

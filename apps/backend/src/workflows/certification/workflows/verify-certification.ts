import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { findCertificationStep } from "../steps/find-certification"
import { verifyCertificationStep } from "../steps/verify-certification"

export const verifyCertificationWorkflowId = "verify-certification"

/** Staff checked a cooperative's certificate: its badge shows in the shop until it expires. */
export const verifyCertificationWorkflow = createWorkflow(
  verifyCertificationWorkflowId,
  (input: { id: string; vendor_id: string; verified_by: string }) => {
    const found = findCertificationStep({ id: input.id, vendor_id: input.vendor_id })
    const verify = transform({ input, found }, ({ input, found }) => ({
      id: found.id,
      verified_by: input.verified_by,
      at: new Date(),
    }))
    const certification = verifyCertificationStep(verify)
    expireStorefrontCacheStep(["vendors"])
    return new WorkflowResponse(certification)
  }
)

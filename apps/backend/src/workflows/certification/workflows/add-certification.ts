import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { createCertificationStep } from "../steps/create-certification"

export type AddCertificationWorkflowInput = {
  vendor_id: string
  label: string
  number?: string
  expires_at: Date | string
  document_url?: string
  /** the member or staff user who adds it */
  actor_id: string
  actor_type: "member" | "staff"
  /** staff who checked it on paper as they add it */
  verified?: boolean
}

export const addCertificationWorkflowId = "add-certification"

/**
 * A cooperative's certificate, added by one of its members (it waits for staff to check it) or by
 * staff (checked at once when they say so). The shop's cooperative pages are expired, so a verified
 * badge shows at once.
 */
export const addCertificationWorkflow = createWorkflow(
  addCertificationWorkflowId,
  (input: AddCertificationWorkflowInput) => {
    const record = transform({ input }, ({ input }) => {
      const verified = input.actor_type === "staff" && input.verified === true
      return {
        vendor_id: input.vendor_id,
        label: input.label,
        number: input.number ?? null,
        expires_at: input.expires_at,
        document_url: input.document_url ?? null,
        added_by: input.actor_id,
        added_by_type: input.actor_type,
        verified_by: verified ? input.actor_id : null,
        verified_at: verified ? new Date() : null,
      }
    })
    const certification = createCertificationStep(record)
    expireStorefrontCacheStep(["vendors"])
    return new WorkflowResponse(certification)
  }
)

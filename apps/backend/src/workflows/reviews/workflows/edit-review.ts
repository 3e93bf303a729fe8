import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { REVIEW_RATING_CHANGED } from "../events"
import { retrieveReviewStep } from "../steps/retrieve-review"
import { updateReviewStep } from "../steps/update-review"

export type EditReviewWorkflowInput = {
  id: string
  customer_id: string
  rating?: number
  body?: string | null
  locale?: string | null
  photo_urls?: string[] | null
}

export const editReviewWorkflowId = "edit-review"

/**
 * The author changes her review: it goes back to staff, and leaves the shop until they publish it
 * again (the shop never shows words staff have not read).
 */
export const editReviewWorkflow = createWorkflow(editReviewWorkflowId, (input: EditReviewWorkflowInput) => {
  retrieveReviewStep({ id: input.id, customer_id: input.customer_id })
  const update = transform({ input }, ({ input: { customer_id: _customer, ...changes } }) => ({
    ...changes,
    ...(changes.photo_urls !== undefined
      ? { photo_urls: changes.photo_urls?.length ? changes.photo_urls : null }
      : {}),
    status: "pending" as const,
    rejection_reason: null,
    moderated_at: null,
    moderated_by: null,
  }))
  const updated = updateReviewStep(update)
  expireStorefrontCacheStep(["reviews"])
  emitEventStep({
    eventName: REVIEW_RATING_CHANGED,
    data: transform({ input }, ({ input }) => ({ id: input.id })),
  })
  return new WorkflowResponse(updated)
})

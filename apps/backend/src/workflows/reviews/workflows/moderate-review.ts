import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { REVIEW_RATING_CHANGED } from "../events"
import { moderation, type ReviewDecision } from "../review-rules"
import { retrieveReviewStep } from "../steps/retrieve-review"
import { updateReviewStep } from "../steps/update-review"

export type ModerateReviewWorkflowInput = {
  id: string
  decision: ReviewDecision
  reason?: string | null
  staff_id: string
}

export const moderateReviewWorkflowId = "moderate-review"

/**
 * Staff publish a review, or reject it with a reason its author reads; either can be decided again
 * (a published review taken down, a rejected one published after all). The shop follows at once.
 */
export const moderateReviewWorkflow = createWorkflow(
  moderateReviewWorkflowId,
  (input: ModerateReviewWorkflowInput) => {
    retrieveReviewStep({ id: input.id })
    const update = transform({ input }, ({ input }) => ({
      id: input.id,
      ...moderation(input.decision, input.staff_id, input.reason ?? null),
    }))
    const updated = updateReviewStep(update)
    expireStorefrontCacheStep(["reviews"])
    emitEventStep({
      eventName: REVIEW_RATING_CHANGED,
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    return new WorkflowResponse(updated)
  }
)

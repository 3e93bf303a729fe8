import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { retrieveReviewStep } from "../steps/retrieve-review"
import { updateReviewStep } from "../steps/update-review"
import { validateReviewReplyStep } from "../steps/validate-review-reply"

export type ReplyToReviewWorkflowInput = { id: string; vendor_id: string; member_id: string; text: string }

export const replyToReviewWorkflowId = "reply-to-review"

/**
 * The product's cooperative answers a published review, once and publicly. Under the review's lock,
 * so two members answering at the same moment leave one answer.
 */
export const replyToReviewWorkflow = createWorkflow(
  replyToReviewWorkflowId,
  (input: ReplyToReviewWorkflowInput) => {
    acquireLockStep({ key: input.id, timeout: 5, ttl: 30 })
    const review = retrieveReviewStep({ id: input.id, vendor_id: input.vendor_id })
    validateReviewReplyStep(review)
    const update = transform({ input }, ({ input }) => ({
      id: input.id,
      reply: input.text,
      replied_at: new Date(),
      replied_by: input.member_id,
    }))
    const updated = updateReviewStep(update)
    releaseLockStep({ key: input.id })
    expireStorefrontCacheStep(["reviews"])
    return new WorkflowResponse(updated)
  }
)

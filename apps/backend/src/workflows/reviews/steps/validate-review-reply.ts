import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { replyRefusal } from "../review-rules"

export const validateReviewReplyStepId = "validate-review-reply"

/** A cooperative answers a published review of its product, once (409 otherwise). */
export const validateReviewReplyStep = createStep(
  validateReviewReplyStepId,
  async (review: { status: string; reply: string | null }) => {
    const refusal = replyRefusal(review)
    if (refusal) {
      throw new MedusaError(MedusaError.Types.CONFLICT, refusal, ERROR_CODES.conflict)
    }
  }
)

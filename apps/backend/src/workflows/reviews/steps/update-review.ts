import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type { REVIEW_STATUSES } from "../../../modules/review/models/product-review"
import type ReviewModuleService from "../../../modules/review/service"

export type ReviewUpdate = {
  id: string
  rating?: number
  body?: string | null
  locale?: string | null
  photo_urls?: string[] | null
  status?: (typeof REVIEW_STATUSES)[number]
  rejection_reason?: string | null
  moderated_at?: Date | null
  moderated_by?: string | null
  reply?: string | null
  replied_at?: Date | null
  replied_by?: string | null
}

export const updateReviewStepId = "update-review"

/** Writes a change to a review; compensation puts back what the changed fields held. */
export const updateReviewStep = createStep(
  updateReviewStepId,
  async (update: ReviewUpdate, { container }) => {
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const fields = Object.keys(update).filter((key) => key !== "id")
    const before = await reviews.retrieveProductReview(update.id, { select: ["id", ...fields] })
    const updated = await reviews.updateProductReviews({
      ...update,
      photo_urls: update.photo_urls as unknown as Record<string, unknown> | null | undefined,
    })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) {
      await container.resolve<ReviewModuleService>(REVIEW_MODULE).updateProductReviews(before as never)
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

export type CreateReviewStepInput = {
  product_id: string
  vendor_id: string
  customer_id: string
  vendor_order_id: string
  rating: number
  body: string | null
  locale: string | null
  photo_urls: string[] | null
  author_first_name: string | null
  author_city: string | null
}

export const createReviewStepId = "create-review"

/** Records a shopper's review, waiting for moderation; compensation deletes it. */
export const createReviewStep = createStep(
  createReviewStepId,
  async (input: CreateReviewStepInput, { container }) => {
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    // the photos are a JSON array: Medusa's inferred input types a json column as an object
    const created = await reviews.createProductReviews({
      ...input,
      photo_urls: input.photo_urls as unknown as Record<string, unknown> | null,
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<ReviewModuleService>(REVIEW_MODULE).deleteProductReviews(id)
    }
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

/** A review by id, as its author (`customer_id`) or the product's cooperative (`vendor_id`) may see it. */
export type RetrieveReviewStepInput = { id: string; customer_id?: string; vendor_id?: string }

export const retrieveReviewStepId = "retrieve-review"

/** Another shopper's or cooperative's review is a 404 like an unknown one: ids reveal nothing. */
export const retrieveReviewStep = createStep(
  retrieveReviewStepId,
  async (input: RetrieveReviewStepInput, { container }) => {
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const [review] = await reviews.listProductReviews({
      id: input.id,
      ...(input.customer_id ? { customer_id: input.customer_id } : {}),
      ...(input.vendor_id ? { vendor_id: input.vendor_id } : {}),
    })
    if (!review) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${input.id} was not found`)
    }
    return new StepResponse(review)
  }
)

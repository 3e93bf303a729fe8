import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

export const anonymiseShopperReviewsStepId = "anonymise-shopper-reviews"

type ReviewAuthor = { id: string; author_first_name: string | null; author_city: string | null }

/**
 * A deleted account's published reviews keep counting and stay readable, signed "a shopper" (the
 * shop's word for a review without a name): her first name and town leave them. Undone by putting
 * them back.
 */
export const anonymiseShopperReviewsStep = createStep(
  anonymiseShopperReviewsStepId,
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const authors: ReviewAuthor[] = await reviews.listProductReviews(
      { customer_id },
      { select: ["id", "author_first_name", "author_city"], take: null }
    )
    if (authors.length) {
      await reviews.updateProductReviews(
        authors.map(({ id }) => ({ id, author_first_name: null, author_city: null }))
      )
    }
    return new StepResponse(
      authors.map((author) => author.id),
      authors
    )
  },
  async (authors, { container }) => {
    if (!authors?.length) {
      return
    }
    await container.resolve<ReviewModuleService>(REVIEW_MODULE).updateProductReviews(authors)
  }
)

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createReviewStep } from "../steps/create-review"
import { findReviewPurchaseStep } from "../steps/find-review-purchase"

export type CreateReviewWorkflowInput = {
  customer_id: string
  product_id: string
  rating: number
  body?: string | null
  locale?: string | null
  photo_urls?: string[] | null
}

export const createReviewWorkflowId = "create-review"

/**
 * A shopper rates a product she received: one review per product, resting on a delivered purchase,
 * waiting for staff before the shop shows it. Under a lock per shopper and product, so a double
 * submission records one review and the second is told she already wrote it.
 */
export const createReviewWorkflow = createWorkflow(
  createReviewWorkflowId,
  (input: CreateReviewWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `review:${input.customer_id}:${input.product_id}`)
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
    const purchase = findReviewPurchaseStep({ customer_id: input.customer_id, product_id: input.product_id })
    const review = transform({ input, purchase }, ({ input, purchase }) => ({
      product_id: input.product_id,
      customer_id: input.customer_id,
      vendor_id: purchase.vendor_id,
      vendor_order_id: purchase.vendor_order_id,
      rating: input.rating,
      body: input.body ?? null,
      locale: input.locale ?? null,
      photo_urls: input.photo_urls?.length ? input.photo_urls : null,
      author_first_name: purchase.author_first_name,
      author_city: purchase.author_city,
    }))
    const created = createReviewStep(review)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(created)
  }
)

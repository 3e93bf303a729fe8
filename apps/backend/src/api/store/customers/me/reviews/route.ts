import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../../../modules/review"
import type ReviewModuleService from "../../../../../modules/review/service"
import { createReviewWorkflow } from "../../../../../workflows/reviews/workflows/create-review"
import { ownReview, type StoreCreateReviewType } from "../../../../utils/reviews"

/** The signed-in shopper's reviews, newest first, whatever staff decided. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reviews = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const rows = await reviews.listProductReviews(
    { customer_id: req.auth_context.actor_id },
    { order: { created_at: "DESC" }, take: 200 }
  )
  res.json({ reviews: rows.map(ownReview) })
}

/** She rates a product she received; it waits for staff before the shop shows it. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReviewType>, res: MedusaResponse) {
  const { result } = await createReviewWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ review: ownReview(result) })
}

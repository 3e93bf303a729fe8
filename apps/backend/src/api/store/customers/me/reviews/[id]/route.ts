import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { editReviewWorkflow } from "../../../../../../workflows/reviews/workflows/edit-review"
import { ownReview, type StoreEditReviewType } from "../../../../../utils/reviews"

/** She changes her review: it goes back to staff before the shop shows it again. */
export async function POST(req: AuthenticatedMedusaRequest<StoreEditReviewType>, res: MedusaResponse) {
  const { result } = await editReviewWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ review: ownReview(result) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateReviewWorkflow } from "../../../../../workflows/reviews/workflows/moderate-review"
import { ownReview } from "../../../../utils/reviews"

/** Staff publish a review: the product's page shows it at once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await moderateReviewWorkflow(req.scope).run({
    input: { id: req.params.id, decision: "publish", staff_id: req.auth_context.actor_id },
  })
  res.json({ review: ownReview(result) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateReviewWorkflow } from "../../../../../workflows/reviews/workflows/moderate-review"
import { ownReview, type AdminRejectReviewType } from "../../../../utils/reviews"

/** Staff reject a review (or take a published one down) with a reason its author reads. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectReviewType>, res: MedusaResponse) {
  const { result } = await moderateReviewWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      decision: "reject",
      reason: req.validatedBody.reason,
      staff_id: req.auth_context.actor_id,
    },
  })
  res.json({ review: ownReview(result) })
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../../../../modules/review"
import type ReviewModuleService from "../../../../../modules/review/service"
import { replyToReviewWorkflow } from "../../../../../workflows/reviews/workflows/reply-to-review"
import { invalidField } from "../../../../errors/invalid-field"
import { publicReview, REPLY_TEXT_MESSAGE, type VendorReplyToReviewType } from "../../../../utils/reviews"
import type { VendorRequest } from "../../../vendor-request"

/** The cooperative answers a published review of one of its products, once and publicly. */
export async function POST(req: VendorRequest<VendorReplyToReviewType>, res: MedusaResponse) {
  const { vendor, member } = req.vendor_context
  const [own] = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listProductReviews({ id: req.params.id, vendor_id: vendor.id }, { select: ["id"] })
  if (!own) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${req.params.id} was not found`)
  }
  const { text } = req.validatedBody
  if (!text) {
    throw invalidField("text", REPLY_TEXT_MESSAGE)
  }
  const { result } = await replyToReviewWorkflow(req.scope).run({
    input: { id: req.params.id, vendor_id: vendor.id, member_id: member.id, text },
  })
  res.json({ review: publicReview(result) })
}

import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../../../modules/review"
import type ReviewModuleService from "../../../../../modules/review/service"
import { publicReview, type PageParamsType } from "../../../../utils/reviews"

/** A product's published reviews, newest first, with its average and count. */
export async function GET(req: MedusaStoreRequest<unknown, PageParamsType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const reviews = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const productId = req.params.id
  const [[rows, count], [summary]] = await Promise.all([
    reviews.listAndCountProductReviews(
      { product_id: productId, status: "published" },
      { order: { created_at: "DESC" }, take: limit, skip: offset }
    ),
    reviews.summariseRatings([productId]),
  ])
  res.json({
    reviews: rows.map(publicReview),
    rating: { average: summary?.average ?? null, count: summary?.count ?? 0 },
    count,
    limit,
    offset,
  })
}

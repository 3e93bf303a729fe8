import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import { publicReview, type PageParamsType } from "../../utils/reviews"
import type { VendorRequest } from "../vendor-request"

/**
 * The published reviews of the cooperative's products, newest first, each with its product's title:
 * what the shop shows, and what the cooperative may answer.
 */
export async function GET(req: VendorRequest<unknown, PageParamsType>, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  const { limit, offset } = req.validatedQuery
  const reviews = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [rows, count] = await reviews.listAndCountProductReviews(
    { vendor_id: vendor.id, status: "published" },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  const productIds = [...new Set(rows.map((row) => row.product_id))]
  const { data: products } = productIds.length
    ? await req.scope
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id", "title", "handle"], filters: { id: productIds } })
    : { data: [] }
  const productOf = new Map(products.map((product) => [product.id as string, product] as const))
  res.json({
    reviews: rows.map((row) => ({ ...publicReview(row), product: productOf.get(row.product_id) ?? null })),
    count,
    limit,
    offset,
  })
}

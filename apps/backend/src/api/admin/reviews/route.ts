import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import { ownReview, type AdminListReviewsParamsType } from "../../utils/reviews"

/**
 * Reviews for staff to moderate (by default those waiting, oldest first, as a queue), each with its
 * product's title and cooperative's name read in two queries for the page.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListReviewsParamsType>,
  res: MedusaResponse
) {
  const { status = "pending", limit, offset } = req.validatedQuery
  const reviews = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [rows, count] = await reviews.listAndCountProductReviews(
    { status },
    { order: { created_at: status === "pending" ? "ASC" : "DESC" }, take: limit, skip: offset }
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set(rows.map((row) => row.product_id))]
  const vendorIds = [...new Set(rows.map((row) => row.vendor_id))]
  const [{ data: products }, { data: vendors }] = await Promise.all([
    productIds.length
      ? query.graph({ entity: "product", fields: ["id", "title", "handle"], filters: { id: productIds } })
      : { data: [] },
    vendorIds.length
      ? query.graph({ entity: "vendor", fields: ["id", "name"], filters: { id: vendorIds } })
      : { data: [] },
  ])
  const productOf = new Map(products.map((product) => [product.id as string, product] as const))
  const vendorOf = new Map(vendors.map((vendor) => [vendor.id as string, vendor] as const))
  res.json({
    reviews: rows.map((row) => ({
      ...ownReview(row),
      product: productOf.get(row.product_id) ?? null,
      vendor: vendorOf.get(row.vendor_id) ?? null,
      moderated_at: row.moderated_at,
    })),
    count,
    limit,
    offset,
  })
}

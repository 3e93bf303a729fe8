import { container as appContainer } from "@medusajs/framework"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"
import type { ProductRatings } from "./product-search-document"

/**
 * The published average and count of a page of products, in one query (products never rated are
 * absent). Read from the application's container: an index's own context offers the query graph
 * only, which cannot average.
 */
export async function loadProductRatings(productIds: string[]): Promise<ProductRatings> {
  const reviews = appContainer.resolve<ReviewModuleService>(REVIEW_MODULE)
  const summaries = await reviews.summariseRatings(productIds)
  return new Map(summaries.map((summary) => [summary.product_id, summary]))
}

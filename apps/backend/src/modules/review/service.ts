import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { ProductReview } from "./models/product-review"

/** The published ratings of one product, summed: what its page and cards show. */
export type RatingSummary = {
  product_id: string
  /** rounded to one decimal, as the shop shows it */
  average: number
  count: number
}

/** Buyers' reviews of products, moderated by staff. */
class ReviewModuleService extends MedusaService({ ProductReview }) {
  /** Each product's published average and count, computed by PostgreSQL (products with none are absent). */
  @InjectManager()
  async summariseRatings(
    productIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<RatingSummary[]> {
    if (!productIds.length) {
      return []
    }
    const rows: { product_id: string; average: string | number; count: string | number }[] =
      await sharedContext.manager!.execute(
        `SELECT product_id, round(avg(rating)::numeric, 1) AS average, count(*) AS count
         FROM product_review
         WHERE deleted_at IS NULL AND status = 'published'
           AND product_id IN (${productIds.map(() => "?").join(", ")})
         GROUP BY product_id`,
        productIds
      )
    return rows.map((row) => ({
      product_id: row.product_id,
      average: Number(row.average),
      count: Number(row.count),
    }))
  }

  /** A cooperative's published ratings over all its products: its page's average and count. */
  @InjectManager()
  async summariseVendorRating(
    vendorId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ average: number | null; count: number }> {
    const [row]: { average: string | number | null; count: string | number }[] =
      await sharedContext.manager!.execute(
        `SELECT round(avg(rating)::numeric, 1) AS average, count(*) AS count
         FROM product_review
         WHERE deleted_at IS NULL AND status = 'published' AND vendor_id = ?`,
        [vendorId]
      )
    const count = Number(row?.count ?? 0)
    return { average: count ? Number(row.average) : null, count }
  }
}

export default ReviewModuleService

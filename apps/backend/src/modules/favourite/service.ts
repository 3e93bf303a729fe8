import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Favourite } from "./models/favourite"

/** How often a product is kept in shoppers' favourites. */
export type FavouriteCount = { product_id: string; count: number }

/** Shoppers' favourite products. */
class FavouriteModuleService extends MedusaService({ Favourite }) {
  /** The most favourited products, most first (ties: the product id), counted by PostgreSQL. */
  @InjectManager()
  async listTopProducts(
    limit: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<FavouriteCount[]> {
    const rows: { product_id: string; count: string | number }[] = await sharedContext.manager!.execute(
      `SELECT product_id, count(*) AS count FROM favourite WHERE deleted_at IS NULL
       GROUP BY product_id ORDER BY count(*) DESC, product_id ASC LIMIT ?`,
      [limit]
    )
    return rows.map((row) => ({ product_id: row.product_id, count: Number(row.count) }))
  }
}

export default FavouriteModuleService

import type { BigNumberInput, Context, InferTypeOf } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { BazaarEvent } from "./models/bazaar-event"
import { EventStand } from "./models/event-stand"
import { StandSale } from "./models/stand-sale"
import { StandSaleLine } from "./models/stand-sale-line"

/** A stand sale as workflows write it (money exact, as a BigNumber input). */
export type StandSaleInput = {
  event_id: string
  vendor_id: string
  stand_number: string
  idempotency_key: string | null
  payment: "cash" | "card"
  buyer_phone: string | null
  currency_code: string
  total: BigNumberInput
  commission_rate: BigNumberInput
  commission_amount: BigNumberInput
  vendor_amount: BigNumberInput
  /** the demo seed dates the sales of a past bazaar within its days */
  created_at?: Date
}

/** A line of a stand sale as workflows write it. */
export type StandSaleLineInput = {
  sale_id: string
  variant_id: string
  product_id: string
  title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  unit_price: BigNumberInput
  total: BigNumberInput
}

/** A cooperative's stand sales summed, for the impact figures (docs/impact.md). */
export type StandSaleTotals = {
  vendor_id: string
  sales: number
  units: number
  /** the bazaars it sold at */
  event_ids: string[]
}

/** A line of a stand sale, with its sale's cooperative and date, for the sales reports. */
export type StandSaleLineRow = {
  sale_id: string
  vendor_id: string
  product_id: string
  title: string
  quantity: number
  /** the line's total in dirhams, an exact decimal string */
  total: string
  sold_at: Date
}

// the types Medusa infers from the models would name money as numbers; workflows pass decimal strings
type BazaarEventModels = {
  BazaarEvent: { dto: InferTypeOf<typeof BazaarEvent> }
  EventStand: { dto: InferTypeOf<typeof EventStand> }
  StandSale: { dto: InferTypeOf<typeof StandSale>; inputDto: StandSaleInput }
  StandSaleLine: { dto: InferTypeOf<typeof StandSaleLine>; inputDto: StandSaleLineInput }
}

class BazaarEventModuleService extends MedusaService<BazaarEventModels>({
  BazaarEvent,
  EventStand,
  StandSale,
  StandSaleLine,
}) {
  /** The lines of stand sales made within the window (dirhams), one cooperative's or all. */
  @InjectManager()
  async listLinesSoldAtStands(
    scope: { from: Date; to: Date; vendor_id?: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<StandSaleLineRow[]> {
    const rows = await sharedContext.manager!.execute<(StandSaleLineRow & { quantity: string | number })[]>(
      `
      SELECT s.id AS sale_id, s.vendor_id, l.product_id, l.title, l.quantity,
        (l.raw_total->>'value') AS total, s.created_at AS sold_at
      FROM stand_sale s JOIN stand_sale_line l ON l.sale_id = s.id AND l.deleted_at IS NULL
      WHERE s.deleted_at IS NULL AND s.created_at >= ? AND s.created_at < ?
        ${scope.vendor_id ? "AND s.vendor_id = ?" : ""}
      `,
      [scope.from, scope.to, ...(scope.vendor_id ? [scope.vendor_id] : [])]
    )
    return rows.map((row) => ({ ...row, quantity: Number(row.quantity) }))
  }

  /** Each cooperative's stand sales, units and bazaars, counted by PostgreSQL. */
  @InjectManager()
  async listStandSaleTotals(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<StandSaleTotals[]> {
    const rows = await sharedContext.manager!.execute<
      { vendor_id: string; sales: string; units: string; event_ids: string[] }[]
    >(
      `
      SELECT s.vendor_id, COUNT(*) AS sales,
        COALESCE(SUM((SELECT SUM(l.quantity) FROM stand_sale_line l
          WHERE l.sale_id = s.id AND l.deleted_at IS NULL)), 0) AS units,
        ARRAY_AGG(DISTINCT s.event_id ORDER BY s.event_id) AS event_ids
      FROM stand_sale s WHERE s.deleted_at IS NULL
      GROUP BY s.vendor_id ORDER BY s.vendor_id
      `
    )
    return rows.map((row) => ({
      vendor_id: row.vendor_id,
      sales: Number(row.sales),
      units: Number(row.units),
      event_ids: row.event_ids,
    }))
  }
}

export default BazaarEventModuleService

import type { Context, InferEntityForModuleService, InferTypeOf } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MathBN, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { LedgerEntry } from "./models/ledger-entry"
import { Payout } from "./models/payout"
import { VendorOrder } from "./models/vendor-order"
import { VendorOrderItem } from "./models/vendor-order-item"
import type { LedgerEntryInput, VendorOrderInput } from "./ledger-inputs"

export type LedgerBalanceFilters = {
  vendor_id?: string | string[]
  currency_code?: string
}

export type LedgerBalanceConfig = {
  /** the payment provider whose parts are paid to the courier: their open amount is `pending_cash` */
  cash_provider_id?: string
}

/** What the centre owes one cooperative in one currency. Amounts are exact decimal strings. */
export type LedgerBalance = {
  vendor_id: string
  currency_code: string
  /** sales less refunds and cancellations: the ledger entries summed */
  earned: string
  /** payouts summed */
  paid: string
  /** earned − paid */
  balance: string
  /** what parts not delivered yet (pending, shipped) will earn; never in the balance */
  pending: string
  /** of `pending`, what couriers still have to collect in cash */
  pending_cash: string
  /** ledger entries and payouts behind `earned` and `paid` */
  movements: number
  /** parts not delivered yet behind `pending` */
  open_orders: number
}

/** Cooperatives' parts of orders, what the centre owes them, and what it paid. */
type Timestamps = "created_at" | "updated_at" | "deleted_at"

// Money is written exactly from any BigNumber input (workflows pass decimal strings) and a vendor
// order with its items; the types Medusa infers from the models would name money as numbers.
type LedgerModels = {
  VendorOrder: { dto: InferTypeOf<typeof VendorOrder>; inputDto: VendorOrderInput }
  VendorOrderItem: {
    dto: InferTypeOf<typeof VendorOrderItem>
    inputDto: Omit<InferEntityForModuleService<typeof VendorOrderItem>, Timestamps>
  }
  LedgerEntry: { dto: InferTypeOf<typeof LedgerEntry>; inputDto: LedgerEntryInput }
  Payout: {
    dto: InferTypeOf<typeof Payout>
    inputDto: Omit<InferEntityForModuleService<typeof Payout>, Timestamps>
  }
}

class LedgerModuleService extends MedusaService<LedgerModels>({
  VendorOrder,
  VendorOrderItem,
  LedgerEntry,
  Payout,
}) {
  /**
   * Balances per cooperative and currency with at least an entry, a payout or an open part, summed
   * by PostgreSQL in one statement. Amounts are read from `raw_*`, the exact value Medusa keeps beside
   * each big number (its numeric column is written from a JS number), summed as `numeric`.
   */
  @InjectManager()
  async listBalances(
    filters: LedgerBalanceFilters = {},
    config: LedgerBalanceConfig = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<LedgerBalance[]> {
    const vendorIds = filters.vendor_id === undefined ? undefined : [filters.vendor_id].flat()
    if (vendorIds && !vendorIds.length) {
      return []
    }
    const where = ["deleted_at IS NULL"]
    const whereParams: string[] = []
    if (vendorIds) {
      where.push(`vendor_id IN (${vendorIds.map(() => "?").join(", ")})`)
      whereParams.push(...vendorIds)
    }
    if (filters.currency_code) {
      where.push("currency_code = ?")
      whereParams.push(filters.currency_code)
    }
    const scope = where.join(" AND ")
    // a part earns only on delivery (docs/orders-and-money.md); canceled parts will never earn
    const rows = await sharedContext.manager!.execute<LedgerBalance[]>(
      `
      WITH sums AS (
        SELECT vendor_id, currency_code,
          SUM((raw_amount->>'value')::numeric) AS earned, 0 AS paid, 0 AS pending, 0 AS pending_cash,
          COUNT(*) AS movements, 0 AS open_orders
        FROM ledger_entry WHERE ${scope} GROUP BY vendor_id, currency_code
        UNION ALL
        SELECT vendor_id, currency_code,
          0, SUM((raw_amount->>'value')::numeric), 0, 0,
          COUNT(*), 0
        FROM payout WHERE ${scope} GROUP BY vendor_id, currency_code
        UNION ALL
        SELECT vendor_id, currency_code,
          0, 0, SUM((raw_vendor_amount->>'value')::numeric),
          COALESCE(SUM((raw_vendor_amount->>'value')::numeric) FILTER (WHERE payment_provider_id = ?), 0),
          0, COUNT(*)
        FROM vendor_order WHERE ${scope} AND status IN ('pending', 'shipped') GROUP BY vendor_id, currency_code
      )
      SELECT vendor_id, currency_code,
        SUM(earned)::text AS earned, SUM(paid)::text AS paid, (SUM(earned) - SUM(paid))::text AS balance,
        SUM(pending)::text AS pending, SUM(pending_cash)::text AS pending_cash,
        SUM(movements)::int AS movements, SUM(open_orders)::int AS open_orders
      FROM sums GROUP BY vendor_id, currency_code ORDER BY vendor_id, currency_code
      `,
      [...whereParams, ...whereParams, config.cash_provider_id ?? null, ...whereParams]
    )
    // "12.50" and "12.5" are the same amount: one spelling, as BigNumber writes it
    const exact = (value: string) => MathBN.convert(value).toString()
    return rows.map((row) => ({
      vendor_id: row.vendor_id,
      currency_code: row.currency_code,
      earned: exact(row.earned),
      paid: exact(row.paid),
      balance: exact(row.balance),
      pending: exact(row.pending),
      pending_cash: exact(row.pending_cash),
      movements: row.movements,
      open_orders: row.open_orders,
    }))
  }
}

export default LedgerModuleService

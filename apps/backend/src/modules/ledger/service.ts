import type { Context, InferEntityForModuleService, InferTypeOf } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MathBN, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { CashRemittance } from "./models/cash-remittance"
import { CashRemittanceLine } from "./models/cash-remittance-line"
import { LedgerEntry } from "./models/ledger-entry"
import { Payout } from "./models/payout"
import { ReturnRequest } from "./models/return-request"
import { VendorOrder } from "./models/vendor-order"
import { VendorOrderItem } from "./models/vendor-order-item"
import type { CashRemittanceInput, LedgerEntryInput, VendorOrderInput } from "./ledger-inputs"

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
  /** earned − awaiting_remittance − paid: what may be paid out now */
  balance: string
  /** of `earned`, what cash-on-delivery parts earned whose cash has not reached the centre yet */
  awaiting_remittance: string
  /** what parts not delivered yet (pending, shipped) will earn; never in the balance */
  pending: string
  /** of `pending`, what couriers still have to collect in cash */
  pending_cash: string
  /** ledger entries and payouts behind `earned` and `paid` */
  movements: number
  /** parts not delivered yet behind `pending` */
  open_orders: number
}

/** Whether a cash-on-delivery part's cash reached the centre: summed from its remittance lines. */
export type CashStatus = {
  vendor_order_id: string
  /** `remitted`: lines cover the total; `kept_by_cooperative`: the cooperative kept it; `short`: lines
   * cover part of it; `awaiting`: no line yet */
  cash_status: "remitted" | "kept_by_cooperative" | "short" | "awaiting"
  /** amount + carrier fees of its lines */
  remitted: string
  remitted_at: Date | null
}

/** What staff must look into: parts whose cash never came, came short, and statement lines we cannot place. */
export type CashMismatches = {
  missing: {
    vendor_order_id: string
    vendor_id: string
    order_id: string
    display_id: number | null
    currency_code: string
    total: string
    tracking_number: string | null
    carrier: string | null
    delivered_at: Date | null
  }[]
  short: {
    vendor_order_id: string
    vendor_id: string
    order_id: string
    display_id: number | null
    currency_code: string
    total: string
    remitted: string
    tracking_number: string | null
  }[]
  unknown: {
    line_id: string
    remittance_id: string
    reference: string
    carrier: string | null
    tracking_number: string | null
    line_number: number | null
    amount: string
    fees: string
    received_at: Date
  }[]
}

/** What one cooperative's ledger says, for the impact figures (docs/impact.md). */
export type LedgerImpactRow = {
  vendor_id: string
  currency_code: string
  /** entries summed, stand sales apart (their reference starts with `stand_sale:`) */
  earned_online: string
  earned_at_events: string
  /** cash of its own deliveries the cooperative kept (`cash_kept:` entries): money it received, not less earned */
  kept_cash: string
}

/** An online part that earned (it has a `sale` entry): its order and the units it held. */
export type EarningPart = { vendor_id: string; order_id: string; units: number }

/** A line of a delivered online part, with its part's dates, for the sales reports. */
export type DeliveredItemRow = {
  vendor_order_id: string
  vendor_id: string
  product_id: string | null
  title: string
  quantity: number
  /** the line's total, an exact decimal string */
  total: string
  placed_at: Date
  delivered_at: Date
}

/** Which window and whose parts a report reads. */
export type SalesReportScope = { from: Date; to: Date; currency_code: string; vendor_id?: string }

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
  CashRemittance: { dto: InferTypeOf<typeof CashRemittance>; inputDto: CashRemittanceInput }
  CashRemittanceLine: {
    dto: InferTypeOf<typeof CashRemittanceLine>
    inputDto: Omit<InferEntityForModuleService<typeof CashRemittanceLine>, Timestamps>
  }
  ReturnRequest: {
    dto: InferTypeOf<typeof ReturnRequest>
    inputDto: Omit<InferEntityForModuleService<typeof ReturnRequest>, Timestamps | "refund_amount"> & {
      refund_amount?: string | null
    }
  }
}

class LedgerModuleService extends MedusaService<LedgerModels>({
  VendorOrder,
  VendorOrderItem,
  LedgerEntry,
  Payout,
  CashRemittance,
  CashRemittanceLine,
  ReturnRequest,
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
          0 AS awaiting, COUNT(*) AS movements, 0 AS open_orders
        FROM ledger_entry WHERE ${scope} GROUP BY vendor_id, currency_code
        UNION ALL
        SELECT vendor_id, currency_code,
          0, SUM((raw_amount->>'value')::numeric), 0, 0,
          0, COUNT(*), 0
        FROM payout WHERE ${scope} GROUP BY vendor_id, currency_code
        UNION ALL
        SELECT vendor_id, currency_code,
          0, 0, SUM((raw_vendor_amount->>'value')::numeric),
          COALESCE(SUM((raw_vendor_amount->>'value')::numeric) FILTER (WHERE payment_provider_id = ?), 0),
          0, 0, COUNT(*)
        FROM vendor_order WHERE ${scope} AND status IN ('pending', 'shipped') GROUP BY vendor_id, currency_code
        UNION ALL
        -- entries of cash parts whose remitted lines (amount + carrier fees) do not cover the part's total yet
        SELECT e.vendor_id, e.currency_code,
          0, 0, 0, 0, SUM((e.raw_amount->>'value')::numeric), 0, 0
        FROM (SELECT * FROM ledger_entry WHERE ${scope}) e
        JOIN vendor_order v ON v.id = e.vendor_order_id AND v.deleted_at IS NULL AND v.payment_provider_id = ?
        WHERE COALESCE((
          SELECT SUM((l.raw_amount->>'value')::numeric + (l.raw_fees->>'value')::numeric)
          FROM cash_remittance_line l WHERE l.vendor_order_id = v.id AND l.deleted_at IS NULL
        ), 0) < (v.raw_total->>'value')::numeric
        GROUP BY e.vendor_id, e.currency_code
      )
      SELECT vendor_id, currency_code,
        SUM(earned)::text AS earned, SUM(paid)::text AS paid,
        (SUM(earned) - SUM(awaiting) - SUM(paid))::text AS balance,
        SUM(awaiting)::text AS awaiting_remittance,
        SUM(pending)::text AS pending, SUM(pending_cash)::text AS pending_cash,
        SUM(movements)::int AS movements, SUM(open_orders)::int AS open_orders
      FROM sums GROUP BY vendor_id, currency_code ORDER BY vendor_id, currency_code
      `,
      [
        ...whereParams,
        ...whereParams,
        config.cash_provider_id ?? null,
        ...whereParams,
        ...whereParams,
        config.cash_provider_id ?? null,
      ]
    )
    // "12.50" and "12.5" are the same amount: one spelling, as BigNumber writes it
    const exact = (value: string) => MathBN.convert(value).toString()
    return rows.map((row) => ({
      vendor_id: row.vendor_id,
      currency_code: row.currency_code,
      earned: exact(row.earned),
      paid: exact(row.paid),
      balance: exact(row.balance),
      awaiting_remittance: exact(row.awaiting_remittance),
      pending: exact(row.pending),
      pending_cash: exact(row.pending_cash),
      movements: row.movements,
      open_orders: row.open_orders,
    }))
  }

  /** Every cooperative's entries summed per currency, stand sales apart from online ones. */
  @InjectManager()
  async listImpactEarnings(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<LedgerImpactRow[]> {
    const rows = await sharedContext.manager!.execute<LedgerImpactRow[]>(
      `
      SELECT vendor_id, currency_code,
        COALESCE(SUM((raw_amount->>'value')::numeric) FILTER (
          WHERE reference NOT LIKE 'stand\\_sale:%' AND reference NOT LIKE 'cash\\_kept:%'
        ), 0)::text AS earned_online,
        COALESCE(SUM((raw_amount->>'value')::numeric) FILTER (WHERE reference LIKE 'stand\\_sale:%'), 0)::text
          AS earned_at_events,
        (-COALESCE(SUM((raw_amount->>'value')::numeric) FILTER (WHERE reference LIKE 'cash\\_kept:%'), 0))::text
          AS kept_cash
      FROM ledger_entry WHERE deleted_at IS NULL
      GROUP BY vendor_id, currency_code ORDER BY vendor_id, currency_code
      `
    )
    return rows.map((row) => ({
      ...row,
      earned_online: MathBN.convert(row.earned_online).toString(),
      earned_at_events: MathBN.convert(row.earned_at_events).toString(),
      kept_cash: MathBN.convert(row.kept_cash).toString(),
    }))
  }

  /** Payouts summed per currency. */
  @InjectManager()
  async sumPayouts(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Record<string, string>> {
    const rows = await sharedContext.manager!.execute<{ currency_code: string; paid: string }[]>(
      `SELECT currency_code, SUM((raw_amount->>'value')::numeric)::text AS paid
       FROM payout WHERE deleted_at IS NULL GROUP BY currency_code`
    )
    return Object.fromEntries(rows.map((row) => [row.currency_code, MathBN.convert(row.paid).toString()]))
  }

  /** The online parts that earned (a part earns on delivery), each with its order and units. */
  @InjectManager()
  async listEarningParts(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<EarningPart[]> {
    const rows = await sharedContext.manager!.execute<
      { vendor_id: string; order_id: string; units: string }[]
    >(
      `
      SELECT v.vendor_id, v.order_id,
        (SELECT COALESCE(SUM(i.quantity), 0) FROM vendor_order_item i
          WHERE i.vendor_order_id = v.id AND i.deleted_at IS NULL) AS units
      FROM vendor_order v
      WHERE v.deleted_at IS NULL AND EXISTS (
        SELECT 1 FROM ledger_entry e WHERE e.vendor_order_id = v.id AND e.type = 'sale' AND e.deleted_at IS NULL
      )
      `
    )
    return rows.map((row) => ({ vendor_id: row.vendor_id, order_id: row.order_id, units: Number(row.units) }))
  }

  /** The lines of parts delivered within the window, in one currency (a part is a sale once delivered). */
  @InjectManager()
  async listDeliveredItems(
    scope: SalesReportScope,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<DeliveredItemRow[]> {
    const rows = await sharedContext.manager!.execute<(DeliveredItemRow & { quantity: string | number })[]>(
      `
      SELECT v.id AS vendor_order_id, v.vendor_id, i.product_id, i.title, i.quantity,
        (i.raw_total->>'value') AS total, v.created_at AS placed_at, v.delivered_at
      FROM vendor_order v
      JOIN vendor_order_item i ON i.vendor_order_id = v.id AND i.deleted_at IS NULL
      WHERE v.deleted_at IS NULL AND v.status = 'delivered' AND v.currency_code = ?
        AND v.delivered_at >= ? AND v.delivered_at < ? ${scope.vendor_id ? "AND v.vendor_id = ?" : ""}
      `,
      [scope.currency_code, scope.from, scope.to, ...(scope.vendor_id ? [scope.vendor_id] : [])]
    )
    return rows.map((row) => ({ ...row, quantity: Number(row.quantity) }))
  }

  /** Parts delivered and parts refused at the door within the window: the refusal rate. */
  @InjectManager()
  async countDeliveredAndRefused(
    scope: Omit<SalesReportScope, "currency_code">,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ delivered: number; refused: number }> {
    const [row] = await sharedContext.manager!.execute<{ delivered: string; refused: string }[]>(
      `
      SELECT COUNT(*) FILTER (WHERE status = 'delivered' AND delivered_at >= ? AND delivered_at < ?) AS delivered,
        COUNT(*) FILTER (WHERE status = 'refused' AND refused_at >= ? AND refused_at < ?) AS refused
      FROM vendor_order WHERE deleted_at IS NULL ${scope.vendor_id ? "AND vendor_id = ?" : ""}
      `,
      [scope.from, scope.to, scope.from, scope.to, ...(scope.vendor_id ? [scope.vendor_id] : [])]
    )
    return { delivered: Number(row.delivered), refused: Number(row.refused) }
  }

  /** For each given cash part: how much of its cash reached the centre, and whether that covers it. */
  @InjectManager()
  async listCashStatuses(
    vendorOrderIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<CashStatus[]> {
    if (!vendorOrderIds.length) {
      return []
    }
    const rows = await sharedContext.manager!.execute<
      { vendor_order_id: string; remitted: string; total: string; kept: boolean; remitted_at: Date | null }[]
    >(
      `
      SELECT v.id AS vendor_order_id, (v.raw_total->>'value') AS total,
        COALESCE(SUM((l.raw_amount->>'value')::numeric + (l.raw_fees->>'value')::numeric), 0)::text AS remitted,
        COALESCE(BOOL_OR(r.source = 'kept_by_cooperative'), false) AS kept,
        MAX(r.received_at) AS remitted_at
      FROM vendor_order v
      LEFT JOIN cash_remittance_line l ON l.vendor_order_id = v.id AND l.deleted_at IS NULL
      LEFT JOIN cash_remittance r ON r.id = l.remittance_id AND r.deleted_at IS NULL
      WHERE v.deleted_at IS NULL AND v.id IN (${vendorOrderIds.map(() => "?").join(", ")})
      GROUP BY v.id, v.raw_total
      `,
      vendorOrderIds
    )
    return rows.map((row) => ({
      vendor_order_id: row.vendor_order_id,
      cash_status: row.kept
        ? "kept_by_cooperative"
        : MathBN.gte(row.remitted, row.total)
          ? "remitted"
          : MathBN.gt(row.remitted, 0)
            ? "short"
            : "awaiting",
      remitted: MathBN.convert(row.remitted).toString(),
      remitted_at: row.remitted ? row.remitted_at : null,
    }))
  }

  /**
   * Delivered cash parts with no remittance line (missing), cash parts whose lines do not cover their
   * total (short), and statement lines that matched no part (unknown); at most 500 of each, oldest first.
   */
  @InjectManager()
  async listCashMismatches(
    config: { cash_provider_id: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<CashMismatches> {
    const manager = sharedContext.manager!
    const covered = `COALESCE((
      SELECT SUM((l.raw_amount->>'value')::numeric + (l.raw_fees->>'value')::numeric)
      FROM cash_remittance_line l WHERE l.vendor_order_id = v.id AND l.deleted_at IS NULL), 0)`
    const exact = (value: string) => MathBN.convert(value).toString()
    const missing = await manager.execute<CashMismatches["missing"]>(
      `
      SELECT v.id AS vendor_order_id, v.vendor_id, v.order_id, v.display_id, v.currency_code,
        (v.raw_total->>'value') AS total, v.tracking_number, v.carrier, v.delivered_at
      FROM vendor_order v
      WHERE v.deleted_at IS NULL AND v.payment_provider_id = ? AND v.status = 'delivered'
        AND NOT EXISTS (SELECT 1 FROM cash_remittance_line l WHERE l.vendor_order_id = v.id AND l.deleted_at IS NULL)
      ORDER BY v.delivered_at ASC NULLS FIRST LIMIT 500
      `,
      [config.cash_provider_id]
    )
    const short = await manager.execute<CashMismatches["short"]>(
      `
      SELECT v.id AS vendor_order_id, v.vendor_id, v.order_id, v.display_id, v.currency_code,
        (v.raw_total->>'value') AS total, ${covered}::text AS remitted, v.tracking_number
      FROM vendor_order v
      WHERE v.deleted_at IS NULL AND v.payment_provider_id = ? AND v.status <> 'canceled'
        AND EXISTS (SELECT 1 FROM cash_remittance_line l WHERE l.vendor_order_id = v.id AND l.deleted_at IS NULL)
        AND ${covered} < (v.raw_total->>'value')::numeric
      ORDER BY v.created_at ASC LIMIT 500
      `,
      [config.cash_provider_id]
    )
    const unknown = await manager.execute<CashMismatches["unknown"]>(
      `
      SELECT l.id AS line_id, r.id AS remittance_id, r.reference, r.carrier, l.tracking_number, l.line_number,
        (l.raw_amount->>'value') AS amount, (l.raw_fees->>'value') AS fees, r.received_at
      FROM cash_remittance_line l JOIN cash_remittance r ON r.id = l.remittance_id AND r.deleted_at IS NULL
      WHERE l.deleted_at IS NULL AND l.vendor_order_id IS NULL
      ORDER BY r.received_at ASC, l.line_number ASC LIMIT 500
      `
    )
    return {
      missing: missing.map((row) => ({ ...row, total: exact(row.total) })),
      short: short.map((row) => ({ ...row, total: exact(row.total), remitted: exact(row.remitted) })),
      unknown: unknown.map((row) => ({ ...row, amount: exact(row.amount), fees: exact(row.fees) })),
    }
  }
}

export default LedgerModuleService

import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { COD_PROVIDER_ID } from "../../../modules/cod"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { VendorRequest } from "../vendor-request"

/**
 * What the caller's cooperative earned, was paid and is owed (cash not yet at the centre apart), what
 * its undelivered parts will earn, whether each cash parcel's cash reached the centre, every movement.
 */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [balances, entries, payouts, { data: accounts }] = await Promise.all([
    ledger.listBalances({ vendor_id: vendor.id }, { cash_provider_id: COD_PROVIDER_ID }),
    ledger.listLedgerEntries({ vendor_id: vendor.id }, { order: { created_at: "DESC" } }),
    ledger.listPayouts({ vendor_id: vendor.id }, { order: { paid_at: "DESC" } }),
    query.graph({ entity: "vendor", fields: ["rib", "bank_name"], filters: { id: vendor.id } }),
  ])
  // the cooperative's latest cash parcels, and whether each one's cash reached the centre
  const cashParts = await ledger.listVendorOrders(
    { vendor_id: vendor.id, payment_provider_id: COD_PROVIDER_ID, status: ["shipped", "delivered"] },
    {
      select: ["id", "display_id", "status", "total", "currency_code", "tracking_number", "delivered_at"],
      order: { created_at: "DESC" },
      take: 100,
    }
  )
  const cashStatus = new Map(
    (await ledger.listCashStatuses(cashParts.map((part) => part.id))).map((row) => [row.vendor_order_id, row])
  )
  // each sale shows the order it came from: its total and the centre's commission on it
  const vendorOrderIds = [
    ...new Set(entries.map((entry) => entry.vendor_order_id).filter((id): id is string => !!id)),
  ]
  const vendorOrders = vendorOrderIds.length
    ? await ledger.listVendorOrders(
        { id: vendorOrderIds, vendor_id: vendor.id },
        { select: ["id", "display_id", "total", "commission_rate", "commission_amount"] }
      )
    : []
  const orderById = new Map(vendorOrders.map(({ id, ...order }) => [id, order]))
  // numbers only at the edge, like Medusa's totals
  const amount = (value: string) => MathBN.convert(value).toNumber()
  res.json({
    balances: balances
      .filter((row) => row.movements > 0)
      .map((row) => ({
        currency_code: row.currency_code,
        earned: amount(row.earned),
        paid: amount(row.paid),
        balance: amount(row.balance),
        awaiting_remittance: amount(row.awaiting_remittance),
      })),
    pending: balances
      .filter((row) => row.open_orders > 0)
      .map((row) => ({
        currency_code: row.currency_code,
        pending: amount(row.pending),
        pending_cash: amount(row.pending_cash),
        orders: row.open_orders,
      })),
    entries: entries.map((entry) => ({
      id: entry.id,
      type: entry.type,
      amount: entry.amount,
      currency_code: entry.currency_code,
      vendor_order_id: entry.vendor_order_id,
      description: entry.description,
      created_at: entry.created_at,
      vendor_order: (entry.vendor_order_id && orderById.get(entry.vendor_order_id)) || null,
    })),
    cash_parcels: cashParts.map((part) => ({
      vendor_order_id: part.id,
      display_id: part.display_id,
      status: part.status,
      total: part.total,
      currency_code: part.currency_code,
      tracking_number: part.tracking_number,
      delivered_at: part.delivered_at,
      cash_status: cashStatus.get(part.id)?.cash_status ?? "awaiting",
      remitted: amount(cashStatus.get(part.id)?.remitted ?? "0"),
      remitted_at: cashStatus.get(part.id)?.remitted_at ?? null,
    })),
    payouts: payouts.map((payout) => ({
      id: payout.id,
      amount: payout.amount,
      currency_code: payout.currency_code,
      paid_at: payout.paid_at,
      reference: payout.reference,
      method: payout.method,
      proof_url: payout.proof_url,
      note: payout.note,
      created_at: payout.created_at,
    })),
    // which account bank transfers go to, enough to recognise it: staff alone set or read the full RIB
    payout_account: accounts[0]?.rib
      ? { bank_name: accounts[0].bank_name ?? null, rib_end: String(accounts[0].rib).slice(-4) }
      : null,
  })
}

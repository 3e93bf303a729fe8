import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COD_PROVIDER_ID } from "../../../modules/cod"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { ledgerBalances } from "../../../workflows/ledger/ledger-balances"
import { pendingEarnings } from "../../../workflows/ledger/pending-earnings"
import { requireVendorMember } from "../vendor-context"

const entryFields = [
  "id",
  "type",
  "amount",
  "currency_code",
  "vendor_order_id",
  "description",
  "created_at",
] as const
const payoutFields = [
  "id",
  "amount",
  "currency_code",
  "paid_at",
  "reference",
  "method",
  "proof_url",
  "note",
  "created_at",
] as const

/** What the caller's cooperative earned, was paid and is owed, what its undelivered parts will earn, with every movement. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { vendor } = await requireVendorMember(req)
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [entries, payouts, openOrders, { data: accounts }] = await Promise.all([
    ledger.listLedgerEntries({ vendor_id: vendor.id }, { order: { created_at: "DESC" } }),
    ledger.listPayouts({ vendor_id: vendor.id }, { order: { paid_at: "DESC" } }),
    ledger.listVendorOrders(
      { vendor_id: vendor.id, status: ["pending", "shipped"] },
      { select: ["vendor_id", "currency_code", "status", "vendor_amount", "payment_provider_id"] }
    ),
    query.graph({ entity: "vendor", fields: ["rib", "bank_name"], filters: { id: vendor.id } }),
  ])
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
  const pick = (row: Record<string, unknown>, fields: readonly string[]) =>
    Object.fromEntries(fields.map((field) => [field, row[field]]))
  res.json({
    balances: ledgerBalances(entries as never, payouts as never).map(
      ({ vendor_id: _vendor, ...balance }) => balance
    ),
    pending: pendingEarnings(openOrders as never, COD_PROVIDER_ID).map(
      ({ vendor_id: _vendor, ...pending }) => pending
    ),
    entries: entries.map((entry) => ({
      ...pick(entry as never, entryFields),
      vendor_order: (entry.vendor_order_id && orderById.get(entry.vendor_order_id)) || null,
    })),
    payouts: payouts.map((payout) => pick(payout as never, payoutFields)),
    // which account bank transfers go to, enough to recognise it: staff alone set or read the full RIB
    payout_account: accounts[0]?.rib
      ? { bank_name: accounts[0].bank_name ?? null, rib_end: String(accounts[0].rib).slice(-4) }
      : null,
  })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { ledgerBalances } from "../../../workflows/ledger/ledger-balances"
import { requireVendorMember } from "../vendor-context"

const entryFields = ["id", "type", "amount", "currency_code", "vendor_order_id", "description", "created_at"] as const
const payoutFields = ["id", "amount", "currency_code", "paid_at", "reference", "method", "proof_url", "created_at"] as const

/** What the caller's cooperative earned, was paid and is owed, with every movement. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { vendor } = await requireVendorMember(req)
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const [entries, payouts] = await Promise.all([
    ledger.listLedgerEntries({ vendor_id: vendor.id }, { order: { created_at: "DESC" } }),
    ledger.listPayouts({ vendor_id: vendor.id }, { order: { paid_at: "DESC" } }),
  ])
  const pick = (row: Record<string, unknown>, fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, row[field]]))
  res.json({
    balances: ledgerBalances(entries as never, payouts as never).map(({ vendor_id: _vendor, ...balance }) => balance),
    entries: entries.map((entry) => pick(entry as never, entryFields)),
    payouts: payouts.map((payout) => pick(payout as never, payoutFields)),
  })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"
import { ledgerBalances } from "../../../../workflows/ledger/ledger-balances"
import type { AdminGetLedgerBalancesParamsType } from "../middlewares"

/** What the centre owes each cooperative, per currency: earned, paid, balance. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetLedgerBalancesParamsType>, res: MedusaResponse) {
  const { vendor_id } = req.validatedQuery
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const filters = vendor_id ? { vendor_id } : {}
  const [entries, payouts] = await Promise.all([
    ledger.listLedgerEntries(filters),
    ledger.listPayouts(filters),
  ])
  const balances = ledgerBalances(entries as never, payouts as never)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const vendorIds = [...new Set(balances.map((balance) => balance.vendor_id))]
  const { data: vendors } = vendorIds.length
    ? await query.graph({ entity: "vendor", fields: ["id", "name", "handle"], filters: { id: vendorIds } })
    : { data: [] }
  const vendorById = new Map(vendors.map((vendor: any) => [vendor.id, vendor]))
  res.json({
    balances: balances
      .map((balance) => ({ ...balance, vendor: vendorById.get(balance.vendor_id) ?? null }))
      .sort((a, b) => String(a.vendor?.name).localeCompare(String(b.vendor?.name))),
  })
}

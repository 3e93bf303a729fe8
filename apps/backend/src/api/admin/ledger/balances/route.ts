import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COD_PROVIDER_ID } from "../../../../modules/cod"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"
import { ledgerBalances } from "../../../../workflows/ledger/ledger-balances"
import { pendingEarnings, withPendingEarnings } from "../../../../workflows/ledger/pending-earnings"
import type { AdminGetLedgerBalancesParamsType } from "../middlewares"

/**
 * What the centre owes each cooperative, per currency: earned, paid, balance, and what its parts not
 * yet delivered will earn (pending, of which cash still to collect); with the RIB to pay it to.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetLedgerBalancesParamsType>,
  res: MedusaResponse
) {
  const { vendor_id } = req.validatedQuery
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const filters = vendor_id ? { vendor_id } : {}
  const [entries, payouts, openOrders] = await Promise.all([
    ledger.listLedgerEntries(filters),
    ledger.listPayouts(filters),
    ledger.listVendorOrders(
      { ...filters, status: ["pending", "shipped"] },
      { select: ["vendor_id", "currency_code", "status", "vendor_amount", "payment_provider_id"] }
    ),
  ])
  const balances = withPendingEarnings(
    ledgerBalances(entries as never, payouts as never),
    pendingEarnings(openOrders as never, COD_PROVIDER_ID)
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const vendorIds = [...new Set(balances.map((balance) => balance.vendor_id))]
  const { data: vendors } = vendorIds.length
    ? await query.graph({
        entity: "vendor",
        fields: ["id", "name", "handle", "rib"],
        filters: { id: vendorIds },
      })
    : { data: [] }
  const vendorById = new Map(vendors.map((vendor: any) => [vendor.id, vendor]))
  res.json({
    balances: balances
      .map((balance) => ({ ...balance, vendor: vendorById.get(balance.vendor_id) ?? null }))
      .sort((a, b) => String(a.vendor?.name).localeCompare(String(b.vendor?.name))),
  })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { COD_PROVIDER_ID } from "../../../../modules/cod"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"
import type { AdminGetLedgerBalancesParamsType } from "../middlewares"

/**
 * What the centre owes each cooperative, per currency: earned, paid, balance (payable now), what cash
 * parts earned whose cash has not reached the centre (awaiting remittance), and what its parts not
 * yet delivered will earn (pending, of which cash still to collect); with the RIB to pay it to.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetLedgerBalancesParamsType>,
  res: MedusaResponse
) {
  const { vendor_id } = req.validatedQuery
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const balances = await ledger.listBalances(vendor_id ? { vendor_id } : {}, {
    cash_provider_id: COD_PROVIDER_ID,
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const vendorIds = [...new Set(balances.map((balance) => balance.vendor_id))]
  const { data: vendors } = vendorIds.length
    ? await query.graph({
        entity: "vendor",
        fields: ["id", "name", "handle", "rib"],
        filters: { id: vendorIds },
      })
    : { data: [] }
  const vendorById = new Map(vendors.map((vendor) => [vendor.id, vendor]))
  // numbers only at the edge, like Medusa's totals
  const amount = (value: string) => MathBN.convert(value).toNumber()
  res.json({
    balances: balances
      .map((balance) => ({
        vendor_id: balance.vendor_id,
        currency_code: balance.currency_code,
        earned: amount(balance.earned),
        paid: amount(balance.paid),
        balance: amount(balance.balance),
        awaiting_remittance: amount(balance.awaiting_remittance),
        pending: amount(balance.pending),
        pending_cash: amount(balance.pending_cash),
        vendor: vendorById.get(balance.vendor_id) ?? null,
      }))
      .sort((a, b) => String(a.vendor?.name).localeCompare(String(b.vendor?.name))),
  })
}

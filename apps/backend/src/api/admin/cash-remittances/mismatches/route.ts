import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { COD_PROVIDER_ID } from "../../../../modules/cod"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"

/**
 * What staff must look into: delivered cash parts whose cash never arrived (missing), parts whose cash
 * came short, and statement lines that matched no part (unknown); with each part's cooperative.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const { missing, short, unknown } = await ledger.listCashMismatches({ cash_provider_id: COD_PROVIDER_ID })
  const vendorIds = [...new Set([...missing, ...short].map((part) => part.vendor_id))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vendors } = vendorIds.length
    ? await query.graph({ entity: "vendor", fields: ["id", "name", "handle"], filters: { id: vendorIds } })
    : { data: [] }
  const vendorById = new Map(vendors.map((vendor) => [vendor.id, vendor]))
  // numbers only at the edge, like Medusa's totals
  const amount = (value: string) => MathBN.convert(value).toNumber()
  res.json({
    missing: missing.map((part) => ({
      ...part,
      total: amount(part.total),
      vendor: vendorById.get(part.vendor_id) ?? null,
    })),
    short: short.map((part) => ({
      ...part,
      total: amount(part.total),
      remitted: amount(part.remitted),
      lacking: amount(MathBN.sub(part.total, part.remitted).toString()),
      vendor: vendorById.get(part.vendor_id) ?? null,
    })),
    unknown: unknown.map((line) => ({ ...line, amount: amount(line.amount), fees: amount(line.fees) })),
  })
}

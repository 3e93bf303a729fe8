import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { commissionRateInForce } from "../../../../../workflows/commission/commission-rates"
import { setCommissionRateWorkflow } from "../../../../../workflows/commission/workflows/set-commission-rate"
import type { AdminSetCommissionRateType } from "../../validators"

/** The cooperative's commission history, newest first, and the rate for all its products today. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor",
    fields: [
      "id",
      "commission_rate",
      "commission_rates.id",
      "commission_rates.rate",
      "commission_rates.category_id",
      "commission_rates.effective_from",
      "commission_rates.set_by",
      "commission_rates.note",
      "commission_rates.created_at",
    ],
    filters: { id: req.params.id },
  })
  const vendor = data[0]
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${req.params.id} was not found`)
  }
  const rates = (vendor.commission_rates ?? [])
    .flatMap((rate) => (rate ? [rate] : []))
    .sort((a, b) => new Date(b.effective_from).getTime() - new Date(a.effective_from).getTime())
  res.json({
    commission_rates: rates,
    // before any history, the cooperative's own rate applies
    initial_rate: vendor.commission_rate,
    rate_in_force: commissionRateInForce(rates, [], new Date(), vendor.commission_rate),
  })
}

/** Staff set a rate from a date (now by default), for all the cooperative's products or one category. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetCommissionRateType>, res: MedusaResponse) {
  const { result } = await setCommissionRateWorkflow(req.scope).run({
    input: { ...req.validatedBody, vendor_id: req.params.id, set_by: req.auth_context.actor_id },
  })
  res.status(201).json({ commission_rate: result })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPayoutWorkflow } from "../../../workflows/ledger/workflows/create-payout"
import { adminPayoutFields } from "./query-config"
import { AdminCreatePayoutType, AdminGetPayoutsParamsType } from "./validators"

/** Payouts recorded by staff, newest first, optionally for one cooperative. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetPayoutsParamsType>,
  res: MedusaResponse
) {
  const { vendor_id, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "payout",
    fields: adminPayoutFields,
    filters: vendor_id ? { vendor_id } : {},
    pagination: { take: limit, skip: offset, order: { paid_at: "DESC" } },
  })
  res.json({ payouts: data, count: metadata?.count ?? data.length, limit, offset })
}

/** Records a payout to a cooperative; refused beyond what it is owed in that currency. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreatePayoutType>, res: MedusaResponse) {
  const { result } = await createPayoutWorkflow(req.scope).run({
    input: { ...req.validatedBody, recorded_by: req.auth_context.actor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payout",
    fields: adminPayoutFields,
    filters: { id: result.id },
  })
  res.status(201).json({ payout: data[0] })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordCashRemittanceWorkflow } from "../../../workflows/cash/workflows/record-cash-remittance"
import { adminCashRemittanceFields } from "./query-config"
import type { AdminCreateCashRemittanceType, AdminGetCashRemittancesParamsType } from "./validators"

/** Remittances recorded by staff, newest first, with their lines. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetCashRemittancesParamsType>,
  res: MedusaResponse
) {
  const { source, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "cash_remittance",
    fields: adminCashRemittanceFields,
    filters: source ? { source } : {},
    pagination: { take: limit, skip: offset, order: { received_at: "DESC", created_at: "DESC" } },
  })
  res.json({ cash_remittances: data, count: metadata?.count ?? data.length, limit, offset })
}

/** Cash of given parts counted at the centre, or kept by the cooperative that delivered them. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateCashRemittanceType>,
  res: MedusaResponse
) {
  const { result } = await recordCashRemittanceWorkflow(req.scope).run({
    input: { ...req.validatedBody, recorded_by: req.auth_context.actor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cash_remittance",
    fields: adminCashRemittanceFields,
    filters: { id: result.id },
  })
  res.status(201).json({ cash_remittance: data[0] })
}

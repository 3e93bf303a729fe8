import { createHash } from "node:crypto"
import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseCodStatement } from "../../../../workflows/cash/cod-statement"
import { importCashStatementWorkflow } from "../../../../workflows/cash/workflows/import-cash-statement"
import { adminCashRemittanceFields } from "../query-config"
import type { AdminImportCashStatementType } from "../validators"

/**
 * A carrier's cash-on-delivery statement (CSV: tracking, amount, fees), matched to parts by tracking
 * number. A bad line is a 400 naming it; the same statement imported again is a 409 and changes nothing.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminImportCashStatementType>,
  res: MedusaResponse
) {
  const { csv, reference, ...statement } = req.validatedBody
  const rows = parseCodStatement(csv)
  const digest = createHash("sha256").update(csv.replace(/\r\n/g, "\n").trim()).digest("hex")
  const { result } = await importCashStatementWorkflow(req.scope).run({
    input: {
      ...statement,
      reference: reference ?? `${statement.carrier}:${digest.slice(0, 16)}`,
      digest,
      rows,
      recorded_by: req.auth_context.actor_id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cash_remittance",
    fields: adminCashRemittanceFields,
    filters: { id: result.id },
  })
  res.status(201).json({ cash_remittance: data[0] })
}

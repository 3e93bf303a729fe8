import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { COD_PROVIDER_ID } from "../../../modules/cod"
import { matchStatementRows, normalizeTracking, remittanceTotals, type StatementRow } from "../cod-statement"
import { createCashRemittanceStep } from "../steps/create-cash-remittance"
import { validateCashRemittanceReferenceStep } from "../steps/validate-cash-remittance-reference"

export const importCashStatementWorkflowId = "import-cash-statement"

export type ImportCashStatementWorkflowInput = {
  carrier: string
  reference: string
  /** sha-256 of the statement's content */
  digest: string
  received_at: Date
  currency_code: string
  note?: string | null
  recorded_by?: string | null
  rows: StatementRow[]
}

/**
 * Records a carrier's cash-on-delivery statement: each parcel is matched to the shipped or delivered
 * cash part with its tracking number (matched, short, or unknown). Once per reference.
 */
export const importCashStatementWorkflow = createWorkflow(
  importCashStatementWorkflowId,
  (input: ImportCashStatementWorkflowInput) => {
    // the same statement sent twice at once must be recorded once
    const lockKey = transform({ input }, ({ input }) => [
      `cash-remittance:${input.reference}`,
      `cash-statement:${input.digest}`,
    ])
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
    validateCashRemittanceReferenceStep({ reference: input.reference, digest: input.digest })
    const trackings = transform({ input }, ({ input }) => [
      ...new Set(input.rows.flatMap((row) => [row.tracking_number, normalizeTracking(row.tracking_number)])),
    ])
    const { data: parts } = useQueryGraphStep({
      entity: "vendor_order",
      fields: ["id", "vendor_id", "total", "currency_code", "tracking_number"],
      filters: {
        tracking_number: trackings,
        payment_provider_id: COD_PROVIDER_ID,
        status: ["shipped", "delivered"],
      },
    }).config({ name: "get-cash-parts" })
    const remittance = transform({ input, parts }, ({ input, parts }) => {
      const lines = matchStatementRows(input.rows, parts, input.currency_code)
      return {
        source: "carrier_statement" as const,
        carrier: input.carrier,
        reference: input.reference,
        digest: input.digest,
        received_at: input.received_at,
        currency_code: input.currency_code,
        note: input.note ?? null,
        recorded_by: input.recorded_by ?? null,
        ...remittanceTotals(lines),
        lines,
      }
    })
    const created = createCashRemittanceStep(remittance)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(created)
  }
)

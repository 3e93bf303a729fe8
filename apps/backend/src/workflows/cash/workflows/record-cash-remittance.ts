import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createLedgerEntriesStep } from "../../ledger/steps/create-ledger-entries"
import { remittanceTotals } from "../cod-statement"
import { createCashRemittanceStep } from "../steps/create-cash-remittance"
import { prepareCountedCashLinesStep } from "../steps/prepare-counted-cash-lines"
import { validateCashRemittanceReferenceStep } from "../steps/validate-cash-remittance-reference"

export const recordCashRemittanceWorkflowId = "record-cash-remittance"

export type RecordCashRemittanceWorkflowInput = {
  source: "counted_at_centre" | "kept_by_cooperative"
  reference: string
  received_at: Date
  note?: string | null
  recorded_by?: string | null
  parts: { vendor_order_id: string; amount?: number }[]
}

/**
 * Staff record cash of given parts counted at the centre, or kept by a cooperative that delivered
 * itself: then the cooperative holds the part's whole total, and an adjustment of minus that total
 * leaves the ledger owing the centre its commission on the part. Once per reference.
 */
export const recordCashRemittanceWorkflow = createWorkflow(
  recordCashRemittanceWorkflowId,
  (input: RecordCashRemittanceWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `cash-remittance:${input.reference}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
    validateCashRemittanceReferenceStep({ reference: input.reference })
    const ids = transform({ input }, ({ input }) => [
      ...new Set(input.parts.map((part) => part.vendor_order_id)),
    ])
    const { data: found } = useQueryGraphStep({
      entity: "vendor_order",
      fields: [
        "id",
        "vendor_id",
        "order_id",
        "display_id",
        "status",
        "payment_provider_id",
        "currency_code",
        "total",
        "tracking_number",
      ],
      filters: { id: ids },
    }).config({ name: "get-counted-parts" })
    const prepared = prepareCountedCashLinesStep({ source: input.source, parts: input.parts, found })
    // an adjustment lowers what may be paid out: not while a payout to that cooperative is checked
    const payoutKeys = transform({ found }, ({ found }) => [
      ...new Set(found.map((part) => `payout:${part.vendor_id}`)),
    ])
    acquireLockStep({ key: payoutKeys, timeout: 10, ttl: 60 }).config({ name: "lock-payouts" })
    const remittance = transform({ input, prepared }, ({ input, prepared }) => {
      const lines = prepared.lines.map((line) => ({
        vendor_order_id: line.vendor_order_id,
        vendor_id: line.vendor_id,
        tracking_number: line.tracking_number,
        line_number: line.line_number,
        amount: line.amount,
        fees: line.fees,
        match_status: line.match_status,
      }))
      return {
        source: input.source,
        carrier: null,
        reference: input.reference,
        received_at: input.received_at,
        currency_code: prepared.currency_code,
        note: input.note ?? null,
        recorded_by: input.recorded_by ?? null,
        ...remittanceTotals(lines),
        lines,
      }
    })
    const created = createCashRemittanceStep(remittance)
    const entries = transform({ input, prepared }, ({ input, prepared }) =>
      input.source !== "kept_by_cooperative"
        ? []
        : prepared.lines.map(({ part }) => ({
            vendor_id: part.vendor_id,
            vendor_order_id: part.id,
            order_id: part.order_id,
            type: "adjustment" as const,
            amount: MathBN.mult(part.total, -1).toString(),
            currency_code: part.currency_code,
            reference: `cash_kept:${part.id}`,
            description: `Order #${part.display_id ?? part.order_id}: cash kept by the cooperative`,
          }))
    )
    createLedgerEntriesStep(entries)
    releaseLockStep({ key: payoutKeys }).config({ name: "unlock-payouts" })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(created)
  }
)

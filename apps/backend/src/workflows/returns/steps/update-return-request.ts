import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { RETURN_REQUEST_STATUSES } from "../../../modules/ledger/models/return-request"
import type LedgerModuleService from "../../../modules/ledger/service"

export type ReturnRequestUpdate = {
  id: string
  status?: (typeof RETURN_REQUEST_STATUSES)[number]
  decision_reason?: string | null
  decided_by?: string | null
  decided_at?: Date | null
  dispute_note?: string | null
  disputed_at?: Date | null
  return_id?: string | null
  refund_amount?: string | null
  refunded_at?: Date | null
}

export const updateReturnRequestStepId = "update-return-request"

/** Moves a return request on; compensation puts the previous values back. */
export const updateReturnRequestStep = createStep(
  updateReturnRequestStepId,
  async (update: ReturnRequestUpdate, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const previous = (await ledger.retrieveReturnRequest(update.id)) as unknown as Record<string, unknown>
    const restore = {
      ...Object.fromEntries(Object.keys(update).map((key) => [key, previous[key] ?? null])),
      id: update.id,
    } as ReturnRequestUpdate
    const updated = await ledger.updateReturnRequests(update)
    return new StepResponse(updated, restore)
  },
  async (restore, { container }) => {
    if (restore) {
      await container.resolve<LedgerModuleService>(LEDGER_MODULE).updateReturnRequests(restore)
    }
  }
)

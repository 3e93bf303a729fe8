import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export type CreatePayoutStepInput = {
  vendor_id: string
  amount: number
  currency_code: string
  paid_at: Date
  reference: string
  method: "bank_transfer" | "cash"
  proof_url?: string | null
  note?: string | null
  rib?: string | null
  recorded_by?: string | null
}

export const createPayoutStepId = "create-payout"

/** Records money paid to a cooperative; compensation deletes the record. */
export const createPayoutStep = createStep(
  createPayoutStepId,
  async (input: CreatePayoutStepInput, { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const payout = await ledger.createPayouts(input)
    return new StepResponse(payout, payout.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.deletePayouts(id)
  }
)
